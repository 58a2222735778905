import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createFreshDatabase } from "@/scripts/database";
import { dropDatabase } from "@/scripts/postgres-server";
import { startEmbeddedPostgres } from "@/scripts/embedded-postgres";
import { MACHINE_SERVER_URL, TEST_DATABASE_NAME, type DatabaseTarget } from "./targets";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Gives each project a fresh, migrated database on its server; removes it afterwards. */
export default async function setup(project: TestProject) {
  const target = project.name as DatabaseTarget;
  if (target === "server") {
    project.provide("databaseUrl", await createFreshDatabase(MACHINE_SERVER_URL, TEST_DATABASE_NAME));
    return () => dropDatabase(MACHINE_SERVER_URL, TEST_DATABASE_NAME);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "portal-test-pg-"));
  const server = await startEmbeddedPostgres(dir);
  project.provide("databaseUrl", await createFreshDatabase(server.url("postgres"), TEST_DATABASE_NAME));
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
