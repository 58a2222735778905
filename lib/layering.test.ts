import { existsSync, readdirSync, readFileSync } from "node:fs";
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
/** What a module loads when it runs: `import type` is erased by the compiler. */
const RUNTIME_IMPORTS = /^(?:import|export)\s(?!type\s)[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gm;
const runtimeImportsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(RUNTIME_IMPORTS)].map((m) => m[1] ?? m[2]!);

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

  it("what the command-line code runs (the seed, the database commands, the bench) never reaches a server-only module", () => {
    // Vitest stubs "server-only"; `npm start` and `npm run db:seed` do not, and would stop at it.
    const ROOT = path.dirname(LIB);
    const resolve = (from: string, spec: string): string | null => {
      const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
      if (!base || base.includes(`${path.sep}generated${path.sep}`)) return null;
      return [".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find((f) => existsSync(f)) ?? null;
    };
    const seen = new Set<string>();
    const reached: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const specs = runtimeImportsOf(file);
      if (specs.includes("server-only")) reached.push(path.relative(ROOT, file));
      for (const spec of specs) {
        const next = resolve(file, spec);
        if (next) visit(next);
      }
    };
    for (const entry of ["scripts/start.ts", "scripts/db.ts", "scripts/web-server.ts", "scripts/bench.ts"]) visit(path.join(ROOT, entry));
    expect(reached).toEqual([]);
  });
});
