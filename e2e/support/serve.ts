/**
 * Playwright's web server: a fresh database, then `npm start`'s launcher. Embedded PostgreSQL in
 * .data/e2e by default; with E2E_SERVER_URL, a fresh database on that server instead.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { createFreshDatabase } from "@/scripts/database";
import { startEmbeddedPostgres } from "@/scripts/embedded-postgres";

const dataDir = path.resolve(".data/e2e");
// Visitors' public pages kept 30 s (default 5): e2e/public-page-cache.spec.ts can then tell a page
// dropped by a mutation from one merely expired, however slow the machine.
const env: NodeJS.ProcessEnv = { ...process.env, PORTAL_DATA_DIR: dataDir, NEXTAUTH_SECRET: "e2e-secret-not-for-production", PUBLIC_PAGE_CACHE_SECONDS: "30" };
if (process.env.E2E_SERVER_URL) {
  env.DATABASE_URL = await createFreshDatabase(process.env.E2E_SERVER_URL, "sec_portal_e2e");
} else {
  delete env.DATABASE_URL;
  // Start and stop once, so a server orphaned by an earlier killed run is shut down, then start from nothing.
  await (await startEmbeddedPostgres(dataDir)).stop();
  rmSync(path.join(dataDir, "pg"), { recursive: true, force: true });
}

// As `npm start` runs it: node with tsx's loader, not the tsx CLI, which SIGKILLs a child that is
// slow to acknowledge a relayed SIGINT (under load), orphaning its PostgreSQL.
const launcher = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => launcher.kill(signal));
launcher.on("exit", (code) => process.exit(code ?? 0));
