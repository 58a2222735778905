/**
 * The launcher's supervision with real processes: an embedded PostgreSQL killed with SIGKILL
 * comes back on the same port and accepts queries; a web-server process that dies is started
 * again; one that keeps dying makes the supervisor give up loudly; a requested stop restarts nothing.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { isReachable } from "./postgres-server";
import { MACHINE_SERVER_URL } from "@/test/support/targets";
import { exitOf, supervise, type Running } from "./supervise";

// These tests bring their own PostgreSQL: running them in the embedded project only is enough.
const onMachineServer = new URL(inject("databaseUrl")).host === new URL(MACHINE_SERVER_URL).host;

let dir: string;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quiet = () => {};

async function eventually(check: () => Promise<boolean> | boolean, withinMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await sleep(100);
  }
  return Date.now() - started;
}

/** A stand-in for the web server: a real node process that runs until it is killed. */
function startChild(script = "setInterval(() => {}, 1000)"): Running & { pid: number } {
  const child = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
  const exited = exitOf(child);
  return { pid: child.pid!, exited, stop: async () => void (child.kill("SIGTERM"), await exited) };
}

describe.skipIf(onMachineServer)("supervision", () => {
  beforeAll(() => void (dir = mkdtempSync(path.join(tmpdir(), "portal-supervise-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("starts a SIGKILLed embedded PostgreSQL again on the same port, and it accepts queries", async () => {
    let server: RunningPostgres = await startEmbeddedPostgres(dir);
    const url = server.url("postgres");
    const supervisor = supervise({
      name: "PostgreSQL",
      initial: server,
      start: async () => (server = await startEmbeddedPostgres(dir, { port: server.port })),
      onGiveUp: quiet,
      log: quiet,
    });
    try {
      const first = server.pid;
      process.kill(first, "SIGKILL");
      const ms = await eventually(async () => server.pid !== first && (await isReachable(url)), 30_000);
      expect(ms).toBeLessThan(30_000);
      expect(supervisor.restarts()).toBe(1);
    } finally {
      await supervisor.stop();
    }
    expect(await isReachable(url)).toBe(false); // stopped on request, and not started again
    await sleep(1_000);
    expect(await isReachable(url)).toBe(false);
  }, 60_000);

  it("starts a web server process that died again, and nothing after a requested stop", async () => {
    const initial = startChild();
    const started: (Running & { pid: number })[] = [];
    const supervisor = supervise({
      name: "The web server",
      initial,
      start: async () => {
        started.push(startChild());
        return started.at(-1)!;
      },
      onGiveUp: quiet,
      log: quiet,
      delaysMs: [100],
    });
    try {
      process.kill(initial.pid, "SIGKILL");
      await eventually(() => started.length === 1, 5_000);
      expect(await initial.exited).toBe("killed by SIGKILL");
    } finally {
      await supervisor.stop();
    }
    expect(await started[0]!.exited).toBe("killed by SIGTERM");
    await sleep(300);
    expect(started).toHaveLength(1);
  });

  it("gives up, saying why, after too many quick failures", async () => {
    const lines: string[] = [];
    const gaveUp = new Promise<string>((resolve) =>
      supervise({
        name: "The web server",
        initial: startChild("process.exit(3)"),
        start: async () => startChild("process.exit(3)"),
        onGiveUp: resolve,
        log: (line) => lines.push(line),
        delaysMs: [50],
        maxFailures: 3,
      }),
    );
    expect(await gaveUp).toBe("The web server stopped (exit code 3), 4 times within 60 s: giving up.");
    expect(lines.slice(0, 2)).toEqual([
      "The web server stopped unexpectedly (exit code 3): starting it again in 0.05 s.",
      "The web server has been started again.",
    ]);
  });
});
