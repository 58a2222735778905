import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import pg from "pg";
import { db, disconnectDb } from "@/lib/db";
import { demoAccountsWanted, seedDatabase } from "@/lib/seed/seed-database";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { dropDatabase, ensureDatabase, withDatabase } from "./postgres-server";
import { supervise } from "./supervise";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * DATABASE_URL when set (the production path); otherwise the embedded server with its data in
 * `dataDir`. With `onGiveUp`, an embedded server that dies is started again on the same port
 * (scripts/supervise.ts), and onGiveUp is called if it keeps dying.
 */
export async function openDatabase(
  dataDir: string,
  { log = console.log, onGiveUp }: { log?: (line: string) => void; onGiveUp?: (reason: string) => void } = {},
): Promise<Database> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres(dataDir);
  await ensureDatabase(server.url("postgres"), "portal");
  log(`Embedded PostgreSQL is running on 127.0.0.1:${server.port} (data in ${dataDir}/pg)`);
  if (!onGiveUp) return { url: server.url("portal"), embedded: true, stop: server.stop };
  const supervisor = supervise({
    name: "Embedded PostgreSQL",
    initial: server,
    start: () => startEmbeddedPostgres(dataDir, { port: server.port }),
    onGiveUp,
  });
  return { url: server.url("portal"), embedded: true, stop: supervisor.stop };
}

/** Applies pending migrations with the Prisma CLI; skipped when every migration is already applied (the CLI takes ~10 s). */
export async function migrate(url: string): Promise<void> {
  if (await migrationsApplied(url)) return;
  runPrisma(url, ["migrate", "deploy"]);
}

/** Runs the Prisma CLI against `url`; quiet prints its output only when it fails. */
export function runPrisma(url: string, args: string[], { quiet = false } = {}): void {
  const result = spawnSync("node_modules/.bin/prisma", args, {
    stdio: quiet ? "pipe" : "inherit",
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) {
    if (quiet) console.error(result.stdout, result.stderr);
    throw new Error(`prisma ${args.join(" ")} failed`);
  }
}

async function migrationsApplied(url: string): Promise<boolean> {
  const folders = readdirSync("prisma/migrations", { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return folders.every((f) => applied.has(f));
  } catch {
    return false; // no _prisma_migrations table yet
  } finally {
    await client.end();
  }
}

/** Seeds when the database holds no modification and no user; otherwise leaves it alone. */
export async function seedIfEmpty(url: string, log: (line: string) => void = console.log): Promise<void> {
  process.env.DATABASE_URL = url;
  const [modifications, users] = await Promise.all([db().modification.count(), db().user.count()]);
  if (modifications === 0 && users === 0) {
    await seedDatabase(db(), { demoAccounts: demoAccountsWanted() });
    log("Seeded DP162" + (demoAccountsWanted() ? " and the demo accounts" : ""));
  }
  await disconnectDb();
}

/** A new, empty, migrated database on a server (tests and benchmark): dropped first if it exists. */
export async function createFreshDatabase(serverUrl: string, name: string): Promise<string> {
  await dropDatabase(serverUrl, name);
  await ensureDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  runPrisma(url, ["migrate", "deploy"], { quiet: true });
  return url;
}

