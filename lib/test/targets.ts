/** The PostgreSQL servers the suite runs on: always the embedded one; also a real server when one answers. */
export const MACHINE_SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
export const TEST_DATABASE_NAME = "sec_portal_test";
export type Target = "embedded" | "server";
