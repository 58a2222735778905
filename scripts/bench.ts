/**
 * `npm run bench`: the production build against a private PostgreSQL holding two large
 * modifications. Prints each page's throughput, latency, size and the web server's CPU time per
 * request beside a floor (a dynamic page with the same layout and no data: the not-found page)
 * and beside a plain node:http server sending the same bytes (the ceiling), and the queries each
 * page issues at 50 and at 500 requirements — equal counts mean the page has no N+1. Figures are
 * printed, never asserted.
 */
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
import { benchConsultationPath, createBenchConsultations } from "./bench/consultation";
import { seedAssessmentsForBench } from "./bench/assessments";
import { printPublicPageTarget, publicPages, seedPublicPages, VISITOR_HEADERS } from "./bench/public-pages";
import { combined, cpuPerRequest, measure, percentile, processTreeCpu, type Measurement, type RequestHeaders } from "./bench/measure";
import { benchImports } from "./bench/imports";
import { benchReports } from "./bench/reports";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SHOW_STATEMENTS = process.env.BENCH_SHOW_STATEMENTS === "1";
const CONNECTIONS = 32;
/** Floor and page measured in turn this many times (SECONDS / 2 and SECONDS in all): see main(). */
const ROUNDS = 3;
const DATABASE = "portal_bench";
const NEXT = "node_modules/.bin/next";
const SIZES = [{ number: 950, requirements: 50, comments: 200 }, { number: 951, requirements: 500, comments: 2_000 }] as const;
/** `connections`: measured with that many connections instead of CONNECTIONS (a latency target is for one). */
type Page = { name: string; path: (ref: string) => string; status?: number; connections?: number; visitor?: boolean };
/** Same layout and the same signed-in user as every page, no data of its own: what Next itself costs. */
const FLOOR: Page = { name: "floor (not found)", path: () => "/bench-floor-no-such-page", status: 404 };
const PAGES: Page[] = [
  FLOOR,
  { name: "register", path: () => "/" },
  { name: "overview", path: (ref) => `/modifications/${ref}` },
  { name: "requirements", path: (ref) => `/modifications/${ref}/requirements` },
  { name: "requirement BR-01", path: (ref) => `/modifications/${ref}/requirements/BR-01` },
  { name: "edit BR-01", path: (ref) => `/modifications/${ref}/requirements/BR-01/edit` },
  { name: "history BR-01", path: (ref) => `/modifications/${ref}/requirements/BR-01/history` },
  // issue 8: the comments log (200, then 2,000 threads), and a requirement carrying 20, then 200 of them (pileCommentsOnBr02)
  { name: "comments log", path: (ref) => `/modifications/${ref}/comments` },
  { name: "BR-02: 20|200 comments", path: (ref) => `/modifications/${ref}/requirements/BR-02` },
  // issue 9: a consultation of 30, then 300 responses × 10 questions + 50, then 500 per-requirement answers each;
  // its target is a p95 with one connection (each request aggregates every answer: 32 at once only queue)
  { name: "collation (1 conn.)", path: (ref) => benchConsultationPath(ref, "responses"), connections: 1 },
  { name: "published coll. (1 conn.)", path: (ref) => benchConsultationPath(ref, "published"), connections: 1 },
  // a question at a time: the default (question 1, a chart) above, the per-requirement question's heat table here
  { name: "coll. heat table (1 conn.)", path: (ref) => `${benchConsultationPath(ref, "responses")}?question=3`, connections: 1 },
  // issue 9: the DCC assessments list (5, then 50 assessments of 3 versions; the overview carries the costs panel)
  { name: "assessments: 5|50", path: (ref) => `/modifications/${ref}/assessments` },
  // issue 10: the register, an overview, the Change Board record and a published report as a visitor, kept whole by the web server
  ...publicPages(),
];
const connectionsOf = (page: Page) => page.connections ?? CONNECTIONS;
/** A visitor's pages are requested without the session cookie. */
const as = (page: Page, headers: RequestHeaders) => (page.visitor ? VISITOR_HEADERS : headers);

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
  if ((await statementsOf(base + PAGES.find((p) => p.name === "requirements")!.path(`DP${SIZES[1].number}`), headers)) > 0) progress("Warning: PostgreSQL still logs every statement");

  const ref = `DP${SIZES[1].number}`;
  const rows: Row[] = [];
  // Warm-up, not measured: every page first, so that the floor, measured first, does not pay for
  // loading modules, JIT compilation and the first calls into Prisma's WebAssembly.
  progress("Warming up");
  for (const page of selectedPages()) await measure(base + page.path(ref), as(page, headers), { seconds: 2, status: page.status, connections: connectionsOf(page) });
  for (const page of selectedPages()) {
    const target = base + page.path(ref);
    progress(`Measuring ${page.name} and its ceiling`);
    const { body } = await fetchPage(target, as(page, headers), page.status);
    // The machine's load changes while the bench runs (2 cores shared with other work): the floor and
    // the page are measured in turn, ROUNDS times, with as many connections as the page, and each
    // round's page is compared with that round's floor; the median difference is the page's figure.
    const floors: Measurement[] = [];
    const measured: Measurement[] = [];
    for (let round = 0; round < (page === FLOOR ? 1 : ROUNDS); round++) {
      if (page !== FLOOR) floors.push(await measure(base + FLOOR.path(ref), headers, { seconds: SECONDS / 2 / ROUNDS, status: FLOOR.status, cpu: serverCpu, connections: connectionsOf(page) }));
      measured.push(await measure(target, as(page, headers), { seconds: page === FLOOR ? SECONDS : SECONDS / ROUNDS, status: page.status, cpu: serverCpu, connections: connectionsOf(page) }));
    }
    const overFloor = floors.map((floor, i) => cpuPerRequest(measured[i]!) - cpuPerRequest(floor));
    rows.push({ name: page.name, bytes: body.length, page: combined(measured), floor: floors.length ? combined(floors) : undefined, overFloor, ceiling: await measureCeiling(target, as(page, headers), page.status) });
  }
  printThroughput(rows);
  printPublicPageTarget(rows);
  printQueries(queries);
  // Report generation last, with the web server idle: HTML, PDF and DOCX of a report of the
  // 500-requirement modification, with its reviews, consultation and assessment (scripts/bench/reports.ts).
  if (wants("report")) benchReports(url, SIZES[1].number);
  // Then reading XLSX uploads, bombs among them: how late other work runs meanwhile (scripts/bench/imports.ts).
  if (wants("import")) benchImports();
}

async function seed(url: string): Promise<string> {
  process.env.DATABASE_URL = url;
  const started = Date.now();
  await seedDatabase(db(), { demoAccounts: true });
  for (const size of SIZES) await createLargeModification(db(), { ...size, versionsPerRequirement: 3 });
  await pileCommentsOnBr02();
  await createBenchConsultations(db(), SIZES);
  await seedAssessmentsForBench(SIZES);
  for (const size of SIZES) await seedPublicPages(db(), size.number);
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
  // BENCH_CPU_PROF=<dir>: the web server writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
  const next = spawn(process.execPath, [...profile, "--import", "tsx", "scripts/web-server.ts"], { env, detached: true, stdio: ["ignore", "ignore", "inherit"] });
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
      await statementsOf(url, as(page, headers), page.status);
      // The fewer of two requests: the web server's notification loop (lib/notifications) queries
      // every 10 s — rounds closing soon, daily digests — and its statements land in whichever page is
      // being counted then (seen as "edit BR-01 1 vs 3" in one run, a visitor's register in the next).
      // A query per row is paid on every request, so the minimum still shows it.
      const counted = [await statementsOf(url, as(page, headers), page.status), await statementsOf(url, as(page, headers), page.status)];
      perSize.push(Math.min(...counted));
    }
    counts.set(page.name, perSize);
  }
  return counts;
}

/** The statements PostgreSQL logged while one request ran; its log reaches the pipe a little later, hence the wait. */
async function statementsOf(url: string, headers: RequestHeaders, status = 200): Promise<number> {
  const before = statements.count;
  await fetchPage(url, headers, status);
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

async function fetchPage(url: string, headers: RequestHeaders, status = 200): Promise<{ body: Buffer; contentType: string }> {
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== status) throw new Error(`GET ${url} answered ${response.status}, expected ${status}`);
  return { body, contentType: response.headers.get("content-type") ?? "text/html; charset=utf-8" };
}

/** The same bytes from a server that does nothing else: what the machine and autocannon allow at best. */
async function measureCeiling(url: string, headers: RequestHeaders, status = 200): Promise<Measurement> {
  const { body, contentType } = await fetchPage(url, headers, status);
  const server = createServer((_request, response) => {
    response.writeHead(status, { "content-type": contentType, "content-length": body.length });
    response.end(body);
  });
  running.ceiling = server;
  const port = await listen(server);
  try {
    return await measure(`http://127.0.0.1:${port}/`, headers, { seconds: SECONDS, status, connections: CONNECTIONS });
  } finally {
    await new Promise((resolve) => server.close(resolve));
    running.ceiling = undefined;
  }
}

/** The web server's CPU time so far (ms), and how many processes it is: see processTreeCpu. */
function serverCpu(): number {
  const { ms, processes } = processTreeCpu(running.next!.pid!);
  serverProcesses = processes;
  return ms;
}
let serverProcesses = 0;

/** `overFloor`: each round's CPU ms a request over that round's floor. */
type Row = { name: string; bytes: number; page: Measurement; floor?: Measurement; overFloor: number[]; ceiling: Measurement };

function printThroughput(rows: Row[]): void {
  console.log(`\nThroughput at ${SIZES[1].requirements} requirements (${CONNECTIONS} connections, ${SECONDS} s each; signed in as a Working Group member)`);
  console.log(row(["Page", "req/s", "p50 ms", "p95 ms", "KB", "CPU ms/req", "floor then", "over floor", "rounds", "ceiling req/s", "ratio"]));
  for (const { name, bytes, page, floor, overFloor, ceiling } of rows) {
    const ratio = ceiling.requestsPerSecond > 0 ? `${((page.requestsPerSecond / ceiling.requestsPerSecond) * 100).toFixed(1)}%` : "n/a";
    const cpu = cpuPerRequest(page);
    const sorted = [...overFloor].sort((a, b) => a - b);
    const [floorText, overText, roundsText] = floor ? [cpuPerRequest(floor).toFixed(1), percentile(sorted, 50).toFixed(1), `${sorted[0]!.toFixed(1)}…${sorted.at(-1)!.toFixed(1)}`] : ["", "", ""];
    console.log(row([name, page.requestsPerSecond.toFixed(0), page.p50.toFixed(1), page.p95.toFixed(1), (bytes / 1024).toFixed(1), cpu.toFixed(1), floorText, overText, roundsText, ceiling.requestsPerSecond.toFixed(0), ratio]));
    if (page.problems.length > 0) console.log(`  ${name}: ${page.problems.join(", ")}`);
    if (ceiling.problems.length > 0) console.log(`  ${name} ceiling: ${ceiling.problems.join(", ")}`);
  }
  console.log(
    `CPU ms/req: the web server's user + system CPU time over the run (${serverProcesses} process${serverProcesses === 1 ? "" : "es"}) divided by the answers served; ` +
      `floor then: the floor's, measured in turn with the page (${ROUNDS} rounds, ${SECONDS / 2} s in all); over floor: the median of the rounds' differences, ` +
      `rounds: the smallest and largest of them (how much the machine's load moved). KB: the uncompressed HTML.`,
  );
  printFloorTarget(rows);
}

/** Issue 7's target for signed-in pages: within 2 ms of the floor (the requirements list: 8 ms and under 150 KB). A visitor's page has its own (the ceiling share). */
function printFloorTarget(rows: Row[]): void {
  const signedIn = rows.filter((r) => r.overFloor.length > 0 && !PAGES.some((p) => p.name === r.name && p.visitor));
  if (signedIn.length === 0) return;
  const median = (r: Row) => percentile([...r.overFloor].sort((a, b) => a - b), 50);
  const meets = (r: Row) => (r.name === "requirements" ? median(r) <= 8 && r.bytes < 150 * 1024 : median(r) <= 2);
  const names = (list: Row[]) => list.map((r) => `${r.name} (${median(r) >= 0 ? "+" : ""}${median(r).toFixed(1)})`).join(", ") || "none";
  console.log(`Within the floor target: ${names(signedIn.filter(meets))}. Over it: ${names(signedIn.filter((r) => !meets(r)))}.`);
}

/** BENCH_PAGES=overview,requirements measures only the pages whose names start with those words (the floor always; "report": the report generation; "import": reading uploads). */
const WANTED = process.env.BENCH_PAGES?.split(",").map((w) => w.trim()).filter(Boolean);
const wants = (name: string) => !WANTED?.length || WANTED.some((w) => name.startsWith(w));

function selectedPages(): Page[] {
  return PAGES.filter((p) => p === FLOOR || wants(p.name));
}

function printQueries(counts: Map<string, number[]>): void {
  console.log(`\n${row(["Queries per request", ...SIZES.map((s) => `${s.requirements} reqs`)])}`);
  const flag = (small?: number, large?: number) => (small === large ? "" : "  <- differs: grows with the data (N+1?)");
  // A visitor's page comes whole from the web server's cache, or its data from Next's: 0–2 queries, whatever the size.
  const visitor = (name: string) => PAGES.some((p) => p.name === name && p.visitor);
  for (const [name, [small, large]] of counts) console.log(row([name, String(small), String(large)]) + (visitor(name) ? "  (from the caches)" : flag(small, large)));
}

function row(cells: string[]): string {
  const widths = [24, 7, 8, 8, 7, 11, 11, 11, 12, 14, 7];
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[i] ?? 0))).join(" ").trimEnd();
}

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
        if (statement.test(line)) {
          counter.count++;
          if (SHOW_STATEMENTS) console.error(line.slice(0, 300)); // BENCH_SHOW_STATEMENTS=1: which queries a page issues
        }
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
