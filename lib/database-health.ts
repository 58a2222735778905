/**
 * Whether the database answers, shared by everything in the web server process. The custom web
 * server (scripts/web-server.ts) and Next's bundled server code load separate copies of this
 * module, so the state lives on globalThis under a registered symbol: lib/db.ts marks it when a
 * query cannot reach PostgreSQL, the web server reads it to answer 503 at once instead of
 * letting every request wait on a dead or stalled server.
 */
import pg from "pg";

/** How long a probe may take, and how long its answer is reused (a load balancer may poll often). */
export const PROBE_TIMEOUT_MS = 2_000;
const PROBE_CACHE_MS = 1_000;

type Health = {
  unreachableSince: number | null;
  lastFailureAt: number;
  /** by database URL: the last answer and the probe under way */
  probes: Map<string, { at: number; ok: boolean }>;
  probing: Map<string, Promise<boolean>>;
};

const KEY = Symbol.for("sec-portal.database-health");

function health(): Health {
  const store = globalThis as unknown as Record<symbol, Health | undefined>;
  return (store[KEY] ??= { unreachableSince: null, lastFailureAt: 0, probes: new Map(), probing: new Map() });
}

export function databaseKnownUnreachable(): boolean {
  return health().unreachableSince !== null;
}

/**
 * True for a second after the database last failed: new connections are refused at once rather
 * than each waiting for its own timeout (a page and then its error page would wait twice).
 * After that second connections are tried again, so scripts without a prober recover too.
 */
export function failingFast(): boolean {
  const state = health();
  return state.unreachableSince !== null && Date.now() - state.lastFailureAt < PROBE_CACHE_MS;
}

export function markDatabaseUnreachable(error: unknown): void {
  const state = health();
  state.lastFailureAt = Date.now();
  if (state.unreachableSince !== null) return;
  state.unreachableSince = Date.now();
  state.probes.clear();
  console.error(`The database is unreachable (${describe(error)}): answering 503 until it is back.`);
}

export function markDatabaseReachable(): void {
  const state = health();
  if (state.unreachableSince === null) return;
  console.error(`The database answers again after ${((Date.now() - state.unreachableSince) / 1000).toFixed(1)} s.`);
  state.unreachableSince = null;
}

/**
 * Errors that mean "PostgreSQL cannot be reached or did not answer in time", as opposed to a
 * query that PostgreSQL refused (those say nothing about its health).
 */
export function isUnreachableError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  const code = typeof e.code === "string" ? e.code : "";
  if (["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"].includes(code)) return true;
  // SQLSTATE class 08 (connection exception); 57P01-03: the server is shutting down, crashed or is starting.
  if (/^08...$/.test(code) || ["57P01", "57P02", "57P03"].includes(code)) return true;
  const message = typeof e.message === "string" ? e.message : "";
  // pg's own words for a connect timeout, query_timeout and a dropped socket. Not pg-pool's "timeout
  // exceeded when trying to connect": that is a wait for a free connection, i.e. load, not an absent server.
  if (/timeout expired|Query read timeout|Connection terminated|not queryable/i.test(message)) return true;
  return e.cause !== undefined && e.cause !== error && isUnreachableError(e.cause);
}

/**
 * A `SELECT 1` on a connection of its own (never the pool, whose connections may all be stuck),
 * bounded by PROBE_TIMEOUT_MS; one at a time, its answer reused for a second. Updates the state.
 */
export function probeDatabase(url = process.env.DATABASE_URL ?? ""): Promise<boolean> {
  const state = health();
  const last = state.probes.get(url);
  if (last && Date.now() - last.at < PROBE_CACHE_MS) return Promise.resolve(last.ok);
  let probing = state.probing.get(url);
  if (!probing) {
    probing = selectOne(url).then(
      () => {
        markDatabaseReachable();
        return true;
      },
      (error: unknown) => {
        markDatabaseUnreachable(error);
        return false;
      },
    );
    state.probing.set(url, probing);
    void probing.then((ok) => {
      state.probes.set(url, { at: Date.now(), ok });
      state.probing.delete(url);
    });
  }
  return probing;
}

async function selectOne(url: string): Promise<void> {
  if (!url) throw new Error("DATABASE_URL is not set");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  client.on("error", () => {}); // a socket error after the answer must not crash the server
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    // Not awaited: ending a connection to a stalled server would wait as long as the stall.
    void client.end().catch(() => {});
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return (error as { code?: string }).code ? `${(error as { code?: string }).code}: ${error.message}` : error.message;
  return String(error);
}
