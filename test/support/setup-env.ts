import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";

// Every test file talks to the project's real PostgreSQL through the app's own client.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production";

afterAll(disconnectDb);
