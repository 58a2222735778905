/**
 * `npm run bench`: the production build against a private PostgreSQL holding two large
 * modifications. Prints each page's throughput beside a plain node:http server sending the same
 * bytes (the ceiling), and the queries each page issues at 50 and at 500 requirements — equal
 * counts mean the page has no N+1. Figures are printed, never asserted.
 */
import autocannon from "autocannon";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startSession } from "@/lib/auth/sessions";
import { sessionCookie } from "@/lib/auth/session-token";
import { db, disconnectDb } from "@/lib/db";
import { createLargeModification } from "@/test/support/large-modification";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createFreshDatabase } from "./database";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const DATABASE = "portal_bench";
const NEXT = "node_modules/.bin/next";
const SIZES = [{ number: 950, requirements: 50, comments: 200 }, { number: 951, requirements: 500, comments: 2_000 }] as const;
const PAGES: { name: string; path: (ref: string) => string }[] = [
  { name: "register", path: () => "/" },
  { name: "overview", path: (ref) => `/modifications/${ref}` },
  { name: "requirements", path: (ref) => `/modifications/${ref}/requirements` },
  { name: "requirement BR-01", path: (ref) => `/modifications/${ref}/requirements/BR-01` },
  { name: "edit BR-01", path: (ref) => `/modifications/${ref}/requirements/BR-01/edit` },
  { name: "history BR-01", path: (ref) => `/modifications/${ref}/requirements/BR-01/history` },
  // issue 8: the comments log (200, then 2,000 threads), and a requirement carrying 20, then 200 of them (pileCommentsOnBr02)
  { name: "comments log", path: (ref) => `/modifications/${ref}/comments` },
  { name: "BR-02: 20|200 comments", path: (ref) => `/modifications/${ref}/requirements/BR-02` },
];

type Measurement = { requestsPerSecond: number; p50: number; p95: number; problems: string[] };
type RequestHeaders = Record<string, string>;
const running: { dir?: string; postgres?: RunningPostgres; next?: ChildProcess; ceiling?: Server } = {};
const statements = statementCounter(DATABASE);

async function main() {
  running.dir = mkdtempSync(path.join(tmpdir(), "portal-bench-"));
  // %d tells the bench database's statements from the maintenance connections' ones.
  running.postgres = await startEmbeddedPostgres(running.dir, { flags: ["-c", "log_line_prefix=[%d] "], onLog: statements.onLog });
  const url = await createFreshDatabase(running.postgres.url("postgres"), DATABASE);
  const userId = await seed(url);

  process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
  const headers = { cookie: `${sessionCookie().name}=${await startSession(db(), userId)}`, "accept-encoding": "identity" };
  await disconnectDb();
  const base = await startNext(url);

  progress("Counting the queries of one request per page");
  await setStatementLogging("all");
  const queries = await countQueries(base, headers);
  await setStatementLogging("none");
  // Logging every statement would slow the throughput runs down: make sure it really stopped.
  if ((await statementsOf(base + PAGES[2]!.path(`DP${SIZES[1].number}`), headers)) > 0) progress("Warning: PostgreSQL still logs every statement");

  const ref = `DP${SIZES[1].number}`;
  const rows: { name: string; page: Measurement; ceiling: Measurement }[] = [];
  for (const page of PAGES) {
    const target = base + page.path(ref);
    progress(`Measuring ${page.name} and its ceiling`);
    await measure(target, headers, 1); // warm-up: JIT and Next's caches, not measured
    rows.push({ name: page.name, page: await measure(target, headers, SECONDS), ceiling: await measureCeiling(target, headers) });
  }
  printThroughput(rows);
  printQueries(queries);
}

async function seed(url: string): Promise<string> {
  process.env.DATABASE_URL = url;
  const started = Date.now();
  await seedDatabase(db(), { demoAccounts: true });
  for (const size of SIZES) await createLargeModification(db(), { ...size, versionsPerRequirement: 3 });
  await pileCommentsOnBr02();
  const user = await db().user.findUniqueOrThrow({ where: { email: "wg@example.com" }, select: { id: true } });
  await disconnectDb();
  progress(`Seeded DP${SIZES[0].number} and DP${SIZES[1].number} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return user.id;
}

/** A tenth of each large modification's comments (20, then 200) moved onto BR-02 as made on its version 1. */
async function pileCommentsOnBr02(): Promise<void> {
  for (const size of SIZES) {
    const modification = { number: size.number };
    const on = await db().requirementVersion.findFirstOrThrow({ where: { version: 1, requirement: { ref: "BR-02", modification } }, select: { id: true, requirementId: true } });
    const threads = await db().comment.findMany({ where: { modification, parentId: null }, orderBy: { number: "asc" }, take: size.comments / 10, select: { id: true } });
    await db().comment.updateMany({ where: { id: { in: threads.map((t) => t.id) } }, data: { requirementId: on.requirementId, requirementVersionId: on.id } });
  }
}

async function startNext(databaseUrl: string): Promise<string> {
  const build = () => spawnSync(NEXT, ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }).status;
  if (!existsSync(".next/BUILD_ID") && build() !== 0) throw new Error("next build failed");
  progress("Starting the web server (as npm start does)");
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "1", NODE_ENV: "production", PORT: String(port) };
  // Its own process group: a Ctrl-C reaches only this script, which stops Next before PostgreSQL.
  const next = spawn(process.execPath, ["--import", "tsx", "scripts/web-server.ts"], { env, detached: true, stdio: ["ignore", "ignore", "inherit"] });
  running.next = next;
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(200)) {
    if (next.exitCode !== null) throw new Error(`the web server exited with code ${next.exitCode}`);
    if (await fetch(base, { method: "HEAD" }).then(() => true, () => false)) return base;
  }
  throw new Error("the web server did not answer within 60 s");
}

/** One request per page and size, after a warm-up request (first renders fill caches and may query more). */
async function countQueries(base: string, headers: RequestHeaders): Promise<Map<string, number[]>> {
  const counts = new Map<string, number[]>();
  for (const page of PAGES) {
    const perSize: number[] = [];
    for (const size of SIZES) {
      const url = base + page.path(`DP${size.number}`);
      await statementsOf(url, headers);
      perSize.push(await statementsOf(url, headers));
    }
    counts.set(page.name, perSize);
  }
  return counts;
}

/** The statements PostgreSQL logged while one request ran; its log reaches the pipe a little later, hence the wait. */
async function statementsOf(url: string, headers: RequestHeaders): Promise<number> {
  const before = statements.count;
  await fetchPage(url, headers);
  await sleep(300);
  return statements.count - before;
}

/** ALTER SYSTEM + reload reaches the connections Next already holds open, so Next needs no restart. */
async function setStatementLogging(value: "all" | "none"): Promise<void> {
  const client = new pg.Client({ connectionString: running.postgres!.url("postgres") });
  await client.connect();
  try {
    await client.query(`ALTER SYSTEM SET log_statement = '${value}'`);
    await client.query("SELECT pg_reload_conf()");
  } finally {
    await client.end();
  }
  await sleep(300); // the reload reaches the backends asynchronously
}

async function fetchPage(url: string, headers: RequestHeaders): Promise<{ body: Buffer; contentType: string }> {
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}, expected 200`);
  return { body, contentType: response.headers.get("content-type") ?? "text/html; charset=utf-8" };
}

async function measure(url: string, headers: RequestHeaders, seconds: number): Promise<Measurement> {
  // autocannon reports p90 and p97.5 but no p95: keep every 2xx latency and take percentiles exactly.
  const latencies: number[] = [];
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
    setupClient: (client) => {
      client.on("response", (status, _bytes, time) => {
        if (status >= 200 && status < 300) latencies.push(time);
      });
    },
  });
  const problems = Object.entries({ "non-2xx": result.non2xx, errors: result.errors, timeouts: result.timeouts }).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), problems };
}

/** The same bytes from a server that does nothing else: what the machine and autocannon allow at best. */
async function measureCeiling(url: string, headers: RequestHeaders): Promise<Measurement> {
  const { body, contentType } = await fetchPage(url, headers);
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": contentType, "content-length": body.length });
    response.end(body);
  });
  running.ceiling = server;
  const port = await listen(server);
  try {
    return await measure(`http://127.0.0.1:${port}/`, headers, SECONDS);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    running.ceiling = undefined;
  }
}

function printThroughput(rows: { name: string; page: Measurement; ceiling: Measurement }[]): void {
  console.log(`\nThroughput at ${SIZES[1].requirements} requirements (${CONNECTIONS} connections, ${SECONDS} s each)`);
  console.log(row(["Page", "req/s", "p50 ms", "p95 ms", "ceiling req/s", "ratio"]));
  for (const { name, page, ceiling } of rows) {
    const ratio = ceiling.requestsPerSecond > 0 ? `${((page.requestsPerSecond / ceiling.requestsPerSecond) * 100).toFixed(1)}%` : "n/a";
    console.log(row([name, page.requestsPerSecond.toFixed(0), page.p50.toFixed(1), page.p95.toFixed(1), ceiling.requestsPerSecond.toFixed(0), ratio]));
    if (page.problems.length > 0) console.log(`  ${name}: ${page.problems.join(", ")}`);
    if (ceiling.problems.length > 0) console.log(`  ${name} ceiling: ${ceiling.problems.join(", ")}`);
  }
}

function printQueries(counts: Map<string, number[]>): void {
  console.log(`\n${row(["Queries per request", ...SIZES.map((s) => `${s.requirements} reqs`)])}`);
  const flag = (small?: number, large?: number) => (small === large ? "" : "  <- differs: grows with the data (N+1?)");
  for (const [name, [small, large]] of counts) console.log(row([name, String(small), String(large)]) + flag(small, large));
}

function row(cells: string[]): string {
  const widths = [24, 9, 9, 9, 15, 8];
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[i] ?? 0))).join(" ").trimEnd();
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Counts the statements PostgreSQL logs for one database; a chunk of stderr may end mid-line. */
function statementCounter(database: string) {
  const statement = new RegExp(`^\\[${database}\\] ?LOG: +(statement: |execute [^:]*: )`);
  let partial = "";
  const counter = {
    count: 0,
    onLog(chunk: string) {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        if (statement.test(line)) counter.count++;
        else if (/ (ERROR|FATAL|PANIC): /.test(line)) console.error(`[postgres] ${line}`);
      }
    },
  };
  return counter;
}

async function cleanup(): Promise<void> {
  const { next, ceiling, postgres, dir } = running;
  Object.assign(running, { next: undefined, ceiling: undefined, postgres: undefined, dir: undefined });
  ceiling?.close();
  if (next && next.exitCode === null && next.signalCode === null) {
    const exited = new Promise((resolve) => next.once("exit", resolve));
    process.kill(-next.pid!, "SIGTERM"); // the whole group: next start may have children of its own
    const timer = setTimeout(() => process.kill(-next.pid!, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await disconnectDb();
  await postgres?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  return (server.address() as { port: number }).port;
}

async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Progress goes to stderr so that stdout holds only the two tables.
const progress = (line: string) => console.error(line);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)));
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(cleanup);
