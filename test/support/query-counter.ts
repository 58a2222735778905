import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A second client on the test database that counts the queries it sends, for tests that a page's
 * reads stay at a fixed number of queries however much data there is. Disconnect it afterwards.
 */
export function createQueryCounter() {
  let queries = 0;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => queries++);
  return {
    client: client as PrismaClient,
    /** How many queries `run` sent through `client`. */
    async count(run: () => Promise<unknown>): Promise<number> {
      queries = 0;
      await run();
      return queries;
    },
  };
}
