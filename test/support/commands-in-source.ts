import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Finds, by reading the source, every exported function under lib/ that looks like a command:
 * it checks a permission, takes an actor, or writes to the database. The command test compares
 * this list with its table, so a new command cannot be added without being tested for refusals.
 */
export type FoundFunction = { name: string; file: string; why: string[] };

const ROOT = path.resolve(import.meta.dirname, "../../lib");
/** Code run from the command line by an operator (the seed) or generated: never by a request. */
const NOT_REQUEST_CODE = new Set(["generated", "seed"]);

const SIGNS: [string, RegExp][] = [
  ["calls requirePermission", /\brequirePermission\s*\(/],
  ["takes an actor", /\bactor\s*:\s*CurrentUser\b/],
  ["writes to the database", /\.(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)\s*\(|\$executeRaw|\$transaction\s*\(/],
];
// A top-level declaration starts a line; a function runs until the next one.
const DECLARATION = /^(export\s+)?(default\s+)?(async\s+)?(function\*?|const|let|type|interface|class|enum)\s+([A-Za-z0-9_$]+)/;

export function findCommandsInSource(): FoundFunction[] {
  return sourceFiles(ROOT).flatMap((file) => scan(file, readFileSync(file, "utf8")));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return dir === ROOT && NOT_REQUEST_CODE.has(entry.name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function scan(file: string, text: string): FoundFunction[] {
  const lines = text.split("\n");
  const starts = lines.flatMap((line, i) => (DECLARATION.test(line) ? [i] : []));
  return starts.flatMap((start, k) => {
    const [, exported, , , kind, name] = DECLARATION.exec(lines[start]!)!;
    const body = lines.slice(start, starts[k + 1] ?? lines.length).join("\n");
    const isFunction = kind!.startsWith("function") || /=\s*(async\s*)?(\([^)]*\)|[A-Za-z0-9_]+)\s*=>|=\s*(async\s+)?function\b|=\s*cache\(/.test(body.split("\n")[0]!);
    if (!exported || !isFunction) return [];
    // The function's own signature names it: only calls inside it count as calling requirePermission.
    const inside = body.replace(new RegExp(`function\\s+${name}\\s*\\(`), "function (");
    const why = SIGNS.filter(([, sign]) => sign.test(inside)).map(([label]) => label);
    return why.length > 0 ? [{ name: name!, file: path.relative(ROOT, file), why }] : [];
  });
}
