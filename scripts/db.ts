/**
 * `npm run db:migrate | db:seed | db:reset`, against DATABASE_URL or the embedded server under .data/.
 * reset drops every table and re-applies migrations and the seed.
 */
import path from "node:path";
import { db, disconnectDb } from "@/lib/db";
import { demoAccountsWanted, seedDatabase } from "@/lib/seed/seed-database";
import { migrate, openDatabase, runPrisma } from "./database";

const command = process.argv[2];

async function main() {
  if (!["migrate", "seed", "reset"].includes(command ?? "")) throw new Error("Usage: tsx scripts/db.ts migrate|seed|reset");
  const database = await openDatabase(path.resolve(process.env.PORTAL_DATA_DIR ?? ".data"));
  try {
    if (command === "reset") runPrisma(database.url, ["migrate", "reset", "--force", "--skip-seed"]);
    else await migrate(database.url);
    if (command !== "migrate") {
      process.env.DATABASE_URL = database.url;
      const { createdDp162 } = await seedDatabase(db(), { demoAccounts: demoAccountsWanted() });
      console.log(createdDp162 ? "Seeded DP162." : "DP162 was already there: nothing changed.");
      await disconnectDb();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
