import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { raiseTestProposal } from "@/test/support/lifecycle";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { findModifications } from "./find-modifications";
import { findSectionHistory } from "./find-section-history";
import { registerFilterOf } from "./register-filter";

// The register is one query, at 3 modifications as at 40, filtered or not; the section history too.
const counter = queryCounterForTheseTests();
let secas: CurrentUser;

beforeAll(async () => {
  await resetDatabase();
  await seedDatabase(db(), { demoAccounts: false });
  secas = await createActor("SECAS");
});

const raise = async (count: number) => {
  for (let i = 0; i < count; i++) await raiseTestProposal(secas, { title: `Raised ${i}`, path: i % 2 ? "FAST_TRACK" : "PATH_3_SELF_GOVERNANCE" });
};

describe("the register", () => {
  it("is one query whatever its length, with or without a filter", async () => {
    const counts = [];
    for (const more of [2, 38]) {
      await raise(more);
      counts.push(await counter.count((c) => findModifications(c)));
      counts.push(await counter.count((c) => findModifications(c, { stage: "DEVELOPMENT", path: "FAST_TRACK" })));
    }
    expect(counts).toEqual([1, 1, 1, 1]);
    expect(await findModifications(db())).toHaveLength(41);
  });

  it("filters by stage and by path", async () => {
    expect((await findModifications(db(), { stage: "REFINEMENT" })).map((m) => m.draftRef)).toEqual(["DP162"]);
    const fastTrack = await findModifications(db(), { stage: "DEVELOPMENT", path: "FAST_TRACK" });
    expect(fastTrack).toHaveLength(20);
    expect(fastTrack.every((m) => m.path === "FAST_TRACK" && m.stage === "DEVELOPMENT")).toBe(true);
  });

  it("reads its filter from the address, ignoring anything that is not a stage or a path", () => {
    expect(registerFilterOf({ stage: "REFINEMENT", path: "FAST_TRACK" })).toEqual({ stage: "REFINEMENT", path: "FAST_TRACK" });
    expect(registerFilterOf({ stage: "toString", path: ["FAST_TRACK", "x"] })).toEqual({});
    expect(registerFilterOf({ stage: "", path: "__proto__" })).toEqual({});
  });
});

describe("the section history", () => {
  it("is one query", async () => {
    const { id } = (await findModifications(db()))[0]!;
    expect(await counter.count((c) => findSectionHistory(c, id))).toBe(1);
  });
});
