import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/ is the domain, run by requests: it never imports the command-line code (scripts/) or what
// the tests share (test/), and the modules pages and commands use are marked server-only.
const LIB = path.resolve(import.meta.dirname);
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
const IMPORTS = /^(?:import|export)\s[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gm;
const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(IMPORTS)].map((m) => m[1] ?? m[2]!);

describe("the domain's layering", () => {
  it("no module under lib/ imports from scripts/ or test code", () => {
    const wrong = sources(LIB).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^@\/(scripts|test)\//.test(spec) || /^(\.\.\/)+(scripts|test)\//.test(spec))
        .map((spec) => `${path.relative(LIB, file)} → ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it("every module that reads the request's user or cookies is marked server-only", () => {
    const unmarked = sources(LIB).filter((file) => {
      const specs = importsOf(file);
      return specs.some((s) => s === "next/headers" || s === "@/lib/auth/current-user" || s === "next/navigation") && !specs.includes("server-only");
    });
    expect(unmarked.map((f) => path.relative(LIB, f))).toEqual([]);
  });
});
