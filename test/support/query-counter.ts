import { afterAll } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A Prisma client of its own that counts the statements it sends, for tests that prove a read
 * costs a fixed number of queries whatever the size of the data (no N+1). Disconnect it after use.
 */
export function createQueryCounter() {
  let queries = 0;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => queries++);
  return {
    client,
    /** How many statements `run` sent through `client`. */
    async count(run: (client: PrismaClient) => Promise<unknown>): Promise<number> {
      queries = 0;
      await run(client);
      return queries;
    },
  };
}

/** createQueryCounter for the tests of the file (or describe block) it is called in: disconnected after the last of them. */
export function queryCounterForTheseTests() {
  const counter = createQueryCounter();
  afterAll(() => counter.client.$disconnect());
  return counter;
}
