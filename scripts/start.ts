/**
 * `npm start` (and `npm run dev` with "dev"): the database (DATABASE_URL, or embedded PostgreSQL
 * under .data/), migrations, the DP162 seed when the database is empty, a production build when
 * there is none, then the web server (scripts/web-server.ts: Next.js) on PORT. Both processes are
 * supervised: one that dies is started again (PostgreSQL on the same port); one that keeps dying
 * stops everything with a non-zero exit. Ctrl-C stops the web server, then the database.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { rulesFromEnvironment } from "@/scripts/web-server/request-rules";
import { migrate, openDatabase, seedIfEmpty, type Database } from "./database";
import { exitOf, supervise, type Running, type Supervisor } from "./supervise";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const dataDir = path.resolve(process.env.PORTAL_DATA_DIR ?? ".data");
const port = process.env.PORT ?? "3000";
const next = "node_modules/.bin/next";

let database: Database | undefined;
let web: Supervisor | undefined;
let stopping = false;

async function main() {
  rulesFromEnvironment(); // a malformed TRUSTED_PROXY or NEXTAUTH_URL stops here, not in a web server restarted in a loop
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...authEnvironment() };
  database = await openDatabase(dataDir, { onGiveUp: () => void shutdown(1) });
  await migrate(database.url);
  await seedIfEmpty(database.url);

  if (mode === "start" && !existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: running `next build` (about a minute)…");
    const build = spawnSync(next, ["build"], { stdio: "inherit", env });
    if (build.status !== 0) return shutdown(1);
  }
  const webEnv: NodeJS.ProcessEnv = { ...env, DATABASE_URL: database.url, PORT: port, NODE_ENV: mode === "dev" ? "development" : "production" };
  web = supervise({
    name: "The web server",
    initial: startWebServer(webEnv),
    start: async () => startWebServer(webEnv),
    onGiveUp: () => void shutdown(1),
  });
}

function startWebServer(env: NodeJS.ProcessEnv): Running {
  // Its own process group, so that Ctrl-C reaches only this launcher, which stops it first; the
  // IPC channel lets it notice when this launcher dies, even by SIGKILL, and exit too.
  // Node itself with tsx's loader (not the tsx command, which would put a process in between).
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/web-server.ts", ...(mode === "dev" ? ["--dev"] : [])], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    detached: true,
    env,
  });
  const exited = exitOf(child);
  return {
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
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
  await web?.stop();
  await database?.stop();
  if (code !== 0) console.error("The portal has stopped because of the errors above.");
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
