/** The PostgreSQL servers the suite runs on: always the embedded one; also a real server when one answers. */
export const MACHINE_SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
// One per run, so two runs on one machine (or a developer beside CI) never share a database.
export const TEST_DATABASE_NAME = `sec_portal_test_${process.pid}`;
export type DatabaseTarget = "embedded" | "server";
