/**
 * The database the e2e web server runs on (e2e/support/serve.ts), for specs that must put data in
 * place that no page can make yet: the embedded server under .data/e2e (its port from its
 * postmaster.pid, its password from postgres.json), or the fresh database on E2E_SERVER_URL.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { withDatabase } from "@/scripts/postgres-server";

export function e2eDatabaseUrl(): string {
  if (process.env.E2E_SERVER_URL) return withDatabase(process.env.E2E_SERVER_URL, "sec_portal_e2e");
  const dir = path.resolve(".data/e2e");
  const { password } = JSON.parse(readFileSync(path.join(dir, "postgres.json"), "utf8")) as { password: string };
  // postmaster.pid's fourth line is the port the server listens on.
  const port = readFileSync(path.join(dir, "pg", "postmaster.pid"), "utf8").split("\n")[3]!.trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/portal`;
}

let client: PrismaClient | undefined;

/** One client per worker, opened on first use. */
export function e2eDatabase(): PrismaClient {
  client ??= createPrismaClient(e2eDatabaseUrl());
  return client;
}
