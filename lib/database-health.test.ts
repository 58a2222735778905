/**
 * A real PostgreSQL, stalled with SIGSTOP (the server and its backends: connections open but
 * nothing answers, which no server-side timeout can catch): the pool, the health address and
 * the web server must answer within seconds, and recover by themselves after SIGCONT.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { ensureDatabase } from "@/scripts/postgres-server";
import { startEmbeddedPostgres, type RunningPostgres } from "@/scripts/embedded-postgres";
import { createPrismaClient } from "@/lib/db";
import { listen, request } from "@/test/support/http";
import { MACHINE_SERVER_URL } from "@/test/support/targets";
import { createPortalServer } from "@/scripts/web-server/portal-server";
import { databaseKnownUnreachable, isUnreachableError, probeDatabase } from "./database-health";

// These tests bring their own PostgreSQL: running them in the embedded project only is enough.
const onMachineServer = new URL(inject("databaseUrl")).host === new URL(MACHINE_SERVER_URL).host;

let dir: string;
let postgres: RunningPostgres;
let url: string;
let stalled: number[] = [];
const testUrl = process.env.DATABASE_URL;

/** A backend may end at any moment (its client disconnected): one that is gone needs no signal. */
function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** Runs `body` with the whole server stopped: the postmaster and every backend (each in a process group of its own). */
async function whileStalled(body: () => Promise<void>) {
  const children = execFileSync("ps", ["-o", "pid=", "--ppid", String(postgres.pid)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
  stalled = [postgres.pid, ...children];
  for (const pid of stalled) signal(pid, "SIGSTOP");
  try {
    await body();
  } finally {
    for (const pid of stalled) signal(pid, "SIGCONT");
    stalled = [];
  }
}

async function timed<T>(promise: Promise<T>): Promise<{ ms: number; result?: T; error?: unknown }> {
  const started = Date.now();
  try {
    const result = await promise;
    return { ms: Date.now() - started, result };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

describe.skipIf(onMachineServer)("a stalled database", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "portal-stall-"));
    postgres = await startEmbeddedPostgres(dir);
    await ensureDatabase(postgres.url("postgres"), "stall");
    url = postgres.url("stall");
    process.env.DATABASE_URL = url; // the health route and the probe read it
  });

  afterAll(async () => {
    process.env.DATABASE_URL = testUrl;
    for (const pid of stalled) signal(pid, "SIGCONT"); // a test that timed out never reached its finally
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("fails the app's queries within seconds, marks the database unreachable, and recovers after SIGCONT", async () => {
    const client = createPrismaClient(url);
    try {
      await client.$queryRaw`SELECT 1`; // a pooled connection that will hang with the server
      await whileStalled(async () => {
        const onOpenConnection = await timed(client.$queryRaw`SELECT 1`);
        expect(onOpenConnection.error).toBeDefined();
        expect(onOpenConnection.ms).toBeLessThan(8_000);
        expect(databaseKnownUnreachable()).toBe(true);
        const another = createPrismaClient(url);
        const onNewConnection = await timed(another.$queryRaw`SELECT 1`);
        expect(onNewConnection.error).toBeDefined();
        expect(onNewConnection.ms).toBeLessThan(5_000);
        void another.$disconnect();
      });
      // New connections are refused for a second after the last failure (lib/db.ts), then the pool recovers by itself.
      let answer: unknown;
      for (const deadline = Date.now() + 5_000; answer === undefined && Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        answer = await client.$queryRaw`SELECT 1 AS one`.catch(() => undefined);
      }
      expect(answer).toEqual([{ one: 1 }]);
      expect(databaseKnownUnreachable()).toBe(false);
    } finally {
      await client.$disconnect();
    }
  }, 40_000);

  it("makes /api/health answer 503 within a few seconds, and 200 again after SIGCONT", async () => {
    await whileStalled(async () => {
      const answer = await timed(health());
      expect(answer.result?.status).toBe(503);
      expect(await answer.result?.json()).toEqual({ status: "unavailable" });
      expect(answer.result?.headers.get("cache-control")).toBe("no-store");
      expect(answer.ms).toBeLessThan(3_000);
    });
    await new Promise((r) => setTimeout(r, 1_100)); // past the probe's one-second cache
    const back = await health();
    expect([back.status, await back.json()]).toEqual([200, { status: "ok" }]);
  }, 30_000);

  it("ends a request already under way with an error, then answers 503 at once, and serves again after SIGCONT", async () => {
    const client = createPrismaClient(url);
    let server: Server | undefined;
    try {
      // Stands in for Next: a page that reads the database through the app's client.
      server = createPortalServer(async (_req, res) => {
        try {
          await client.$queryRaw`SELECT 1`;
          res.end("page");
        } catch {
          res.writeHead(500).end("error page");
        }
      }, { trust: null, publicUrl: null });
      const port = await listen(server);
      expect((await request(port, "/")).status).toBe(200);
      await whileStalled(async () => {
        const underWay = await request(port, "/");
        expect(underWay.status).toBe(500);
        expect(underWay.ms).toBeLessThan(8_000);
        const next = await request(port, "/");
        expect(next.status).toBe(503);
        expect(next.ms).toBeLessThan(3_000);
      });
      let status = 0;
      for (const deadline = Date.now() + 10_000; status !== 200 && Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
        status = (await request(port, "/")).status;
      }
      expect(status).toBe(200);
      expect(await probeDatabase(url)).toBe(true);
    } finally {
      await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
      await client.$disconnect();
    }
  }, 40_000);
});

describe("which errors mean the database is unreachable", () => {
  it("counts refused, dropped and timed-out connections, not refused queries or a busy pool", () => {
    const error = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
    expect(isUnreachableError(error("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true);
    expect(isUnreachableError(error("terminating connection due to administrator command", "57P01"))).toBe(true);
    expect(isUnreachableError(error("Query read timeout"))).toBe(true);
    expect(isUnreachableError(error("Connection terminated due to connection timeout"))).toBe(true);
    expect(isUnreachableError(error("duplicate key value violates unique constraint", "23505"))).toBe(false);
    expect(isUnreachableError(error("canceling statement due to statement timeout", "57014"))).toBe(false);
    expect(isUnreachableError(error("timeout exceeded when trying to connect"))).toBe(false);
  });
});
