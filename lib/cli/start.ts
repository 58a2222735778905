/**
 * `npm start` (and `npm run dev` with "dev"): the database (DATABASE_URL, or embedded PostgreSQL
 * under .data/), migrations, the DP162 seed when the database is empty, a production build when
 * there is none, then Next.js on PORT. Ctrl-C stops the web server, then the database.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrate, openDatabase, seedIfEmpty, type Database } from "./database";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const dataDir = path.resolve(process.env.PORTAL_DATA_DIR ?? ".data");
const port = process.env.PORT ?? "3000";
const next = "node_modules/.bin/next";

let database: Database | undefined;
let web: ChildProcess | undefined;
let stopping = false;

async function main() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...authEnvironment() };
  database = await openDatabase(dataDir);
  await migrate(database.url);
  await seedIfEmpty(database.url);

  if (mode === "start" && !existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: running `next build` (about a minute)…");
    const build = spawnSync(next, ["build"], { stdio: "inherit", env });
    if (build.status !== 0) return shutdown(1);
  }
  web = spawn(next, [mode, "--port", port], { stdio: "inherit", env: { ...env, DATABASE_URL: database.url } });
  web.on("exit", (code) => shutdown(code ?? 0));
}

/** The session-signing secret: required in production; for local runs generated once and kept in .data/. */
function authEnvironment(): Record<string, string> {
  const extra: Record<string, string> = {};
  if (!process.env.NEXTAUTH_URL) extra.AUTH_TRUST_HOST = "1"; // links and redirects follow the address the browser used
  if (process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET) return extra;
  if (process.env.NODE_ENV === "production") {
    console.error("NEXTAUTH_SECRET (or AUTH_SECRET) must be set when NODE_ENV=production.");
    process.exit(1);
  }
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return { ...extra, NEXTAUTH_SECRET: readFileSync(file, "utf8").trim() };
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (web && web.exitCode === null && web.signalCode === null) {
    const exited = new Promise((resolve) => web!.once("exit", resolve));
    web.kill("SIGTERM");
    await exited;
  }
  await database?.stop();
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
