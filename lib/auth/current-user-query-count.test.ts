import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { createQueryCounter } from "@/test/support/query-counter";
import { resolveSession } from "./current-user";
import { startSession } from "./sessions";
import { db } from "@/lib/db";

// Every request asks who is signed in (the layout and the page share the answer, React's cache per request).
let counter: ReturnType<typeof createQueryCounter>;

beforeAll(async () => {
  await resetDatabase();
  counter = createQueryCounter();
});
afterAll(() => counter.client.$disconnect());

describe("the current user", () => {
  it("costs one query, organisation included", async () => {
    const user = await createActor("PARTY_RESPONDENT");
    const cookie = await startSession(db(), user.id);
    let resolved: unknown;
    expect(await counter.count(async (c) => (resolved = await resolveSession(c, cookie)))).toBe(1);
    expect(resolved).toEqual(user);
    expect(user.organisation).not.toBeNull();
  });
});
