import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { failingFast, isUnreachableError, markDatabaseReachable, markDatabaseUnreachable } from "@/lib/database-health";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

/** The one Prisma client. `npm start` has already pointed DATABASE_URL at the embedded server when none was given. */
export type Db = PrismaClient;
/** A domain function takes either the client or the transaction it is running in. */
export type DbOrTx = PrismaClient | Prisma.TransactionClient;

/**
 * Bounds on every wait for PostgreSQL, so that a dead or stalled server turns into an error
 * page within seconds instead of requests that hang. A stalled server (e.g. SIGSTOPped, or a
 * network that drops packets) cannot enforce its own statement_timeout, hence also the
 * client-side query_timeout, a little longer so that a slow but living server cancels first.
 */
export const DATABASE_TIMEOUTS = {
  /** opening a connection (TCP, TLS, authentication), or waiting for a free one in the pool */
  connectionTimeoutMillis: 3_000,
  /** PostgreSQL cancels any one statement running longer */
  statement_timeout: 5_000,
  /** the client gives up on an answer that has not come */
  query_timeout: 6_000,
  /** PostgreSQL ends a session that holds a transaction open while doing nothing */
  idle_in_transaction_session_timeout: 10_000,
} as const;

const cache = globalThis as unknown as { portalDb?: PrismaClient };

/** Created on first use (not at import: `next build` workers import this module with no database). */
export function db(): PrismaClient {
  if (!cache.portalDb) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides one");
    cache.portalDb = createPrismaClient(connectionString);
  }
  return cache.portalDb;
}

/** A client on its own pool (db() is the shared one); tests use it to reach a server of their own. */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(reportingHealth(new pg.Pool({ connectionString, ...DATABASE_TIMEOUTS })), { disposeExternalPool: true }) });
}

/**
 * Every query through the pool tells the shared health state (lib/database-health.ts) whether
 * PostgreSQL answered, so the web server can refuse new requests with a 503 while it does not.
 */
function reportingHealth(pool: pg.Pool): pg.Pool {
  const failed = (error: unknown) => isUnreachableError(error) && markDatabaseUnreachable(error);
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) result.then(markDatabaseReachable, failed);
    return result;
  }) as typeof pool.query;
  // Only failures count here: handing out an idle connection proves nothing about the server.
  pool.connect = ((...args: unknown[]) => {
    if (failingFast()) {
      // Not an "unreachable" error itself (isUnreachableError): it must not prolong the second.
      const error = new Error("The database is unreachable (it failed less than a second ago)");
      const callback = args[0];
      if (typeof callback !== "function") return Promise.reject(error);
      return void process.nextTick(() => callback(error)); // pool.query passes a callback
    }
    const result = connect(...args);
    if (result instanceof Promise) result.catch(failed);
    return result;
  }) as typeof pool.connect;
  // An idle connection that breaks (the server was killed or restarted); without a listener it would crash the process.
  pool.on("error", failed);
  return pool;
}

export async function disconnectDb(): Promise<void> {
  await cache.portalDb?.$disconnect();
  cache.portalDb = undefined;
}
