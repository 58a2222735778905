/**
 * `npm start` survives its processes dying and its database stalling. This spec runs a launcher
 * of its own (own embedded PostgreSQL, own port), so that killing and stalling it never
 * disturbs the server the other specs share.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { test } from "./support/test";
import { expectAccessible } from "./support/fixtures";

test.describe.configure({ mode: "serial" });
// With E2E_SERVER_URL the portal uses that server: there is no embedded PostgreSQL to supervise.
test.skip(!!process.env.E2E_SERVER_URL, "runs on the embedded PostgreSQL only");

let dataDir: string;
let launcher: ChildProcess;
let launcherLog = "";
let base: string;
let stalled: number[] = [];

/** A backend may end at any moment (its client disconnected): one that is gone needs no signal. */
function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const postmasterPid = () => Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
const processes = () =>
  execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/)!)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args! }));

/** The web server process somewhere below the launcher. */
function webServerPid(): number {
  const all = processes();
  const below = new Set([launcher.pid!]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (below.has(p.ppid) && !below.has(p.pid)) grew = !!below.add(p.pid);
  }
  const web = all.find((p) => below.has(p.pid) && p.args.includes("scripts/web-server.ts"));
  if (!web) throw new Error("no web server process under the launcher");
  return web.pid;
}

/** The status of a page (by default one that reads the database on every request: the overview may come whole from the caches without it). */
async function status(pathname = "/modifications/DP162/reports"): Promise<number> {
  try {
    return (await fetch(base + pathname, { signal: AbortSignal.timeout(15_000) })).status;
  } catch {
    return 0; // refused: nothing listens
  }
}

/** Milliseconds until `pathname` answers `wanted`. */
async function timeUntil(wanted: number, withinMs: number, pathname?: string): Promise<number> {
  const started = Date.now();
  while ((await status(pathname)) !== wanted) {
    if (Date.now() - started > withinMs) throw new Error(`no ${wanted} within ${withinMs} ms`);
    await sleep(250);
  }
  return Date.now() - started;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "portal-resilience-"));
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PORTAL_DATA_DIR: dataDir, NEXTAUTH_SECRET: "e2e-secret-not-for-production" };
  delete env.DATABASE_URL;
  launcher = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "ignore", "pipe"] }); // as `npm start` runs it
  launcher.stderr!.on("data", (chunk: Buffer) => (launcherLog += chunk.toString()));
  await timeUntil(200, 150_000, "/api/health");
});

test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) console.error(`The resilience launcher's log:\n${launcherLog}`);
});

test.afterAll(async () => {
  for (const pid of stalled) signal(pid, "SIGCONT"); // a test that timed out never reached its finally
  try {
    if (launcher && launcher.exitCode === null) {
      const exited = new Promise<number | null>((resolve) => launcher.once("exit", resolve));
      launcher.kill("SIGINT");
      expect(await exited).toBe(0);
    }
    expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false); // PostgreSQL was shut down cleanly
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test("the portal answers again within 30 s after its embedded PostgreSQL is killed", async () => {
  expect(await status()).toBe(200);
  const killed = postmasterPid();
  process.kill(killed, "SIGKILL");
  expect(await timeUntil(200, 30_000)).toBeLessThan(30_000);
  expect(postmasterPid()).not.toBe(killed);
});

test("the portal answers again after its web server process is killed", async () => {
  const killed = webServerPid();
  process.kill(killed, "SIGKILL");
  expect(await timeUntil(200, 30_000)).toBeLessThan(30_000);
  expect(webServerPid()).not.toBe(killed);
  expect(await status("/api/health")).toBe(200);
});

test("a stalled database gets a clear 503 page within seconds, and the portal recovers by itself", async ({ page }) => {
  const postmaster = postmasterPid();
  // The postmaster and every backend (each in a process group of its own): nothing answers.
  stalled = [postmaster, ...processes().filter((p) => p.ppid === postmaster).map((p) => p.pid)];
  for (const pid of stalled) signal(pid, "SIGSTOP");
  try {
    const started = Date.now();
    await timeUntil(503, 15_000); // the request under way ends with an error page, the next ones are refused at once
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await status("/api/health")).toBe(503);
    const response = await page.goto(base + "/modifications/DP162/requirements");
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("5");
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("The portal is temporarily unavailable");
    await expectAccessible(page);
  } finally {
    for (const pid of stalled) signal(pid, "SIGCONT");
    stalled = [];
  }
  expect(await timeUntil(200, 15_000)).toBeLessThan(15_000);
  expect(await status("/api/health")).toBe(200);
});
