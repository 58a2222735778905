import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

/** The one Prisma client. `npm start` has already pointed DATABASE_URL at the embedded server when none was given. */
export type Db = PrismaClient;
/** A domain function takes either the client or the transaction it is running in. */
export type DbOrTx = PrismaClient | Prisma.TransactionClient;

const cache = globalThis as unknown as { portalDb?: PrismaClient };

/** Created on first use (not at import: `next build` workers import this module with no database). */
export function db(): PrismaClient {
  if (!cache.portalDb) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides one");
    cache.portalDb = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  }
  return cache.portalDb;
}

export async function disconnectDb(): Promise<void> {
  await cache.portalDb?.$disconnect();
  cache.portalDb = undefined;
}
