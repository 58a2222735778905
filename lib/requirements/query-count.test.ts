import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLargeModification } from "@/test/support/large-modification";
import { resetDatabase } from "@/test/support/database";
import { queryCounterForTheseTests } from "@/test/support/query-counter";
import { findRequirementsByArea, REQUIREMENTS_PER_PAGE } from "./find-requirements";
import { getRequirement } from "./get-requirement";

// The requirements list and a requirement page cost the same number of queries at 10 requirements as at 250.
const counter = queryCounterForTheseTests();
let small: { id: string };
let large: { id: string };

beforeAll(async () => {
  await resetDatabase();
  small = await createLargeModification(db(), { number: 911, requirements: 10, versionsPerRequirement: 2, comments: 0 });
  large = await createLargeModification(db(), { number: 912, requirements: 250, versionsPerRequirement: 2, comments: 0 });
});

describe("the requirements list", () => {
  it("uses a fixed number of queries, one page or many", async () => {
    const counts = [];
    for (const [m, page] of [[small, 1], [large, 1], [large, 3]] as const) counts.push(await counter.count((c) => findRequirementsByArea(c, m.id, { page })));
    expect(counts).toEqual([2, 2, 2]);
  });

  it("shows a page of rows at a time, in area order, the pages together holding every row once", async () => {
    const all = await db().requirement.findMany({ where: { modificationId: large.id }, select: { ref: true, area: { select: { position: true } }, position: true } });
    all.sort((a, b) => a.area.position - b.area.position || a.position - b.position);
    const pages = [];
    for (let page = 1; page <= 5; page++) pages.push(await findRequirementsByArea(db(), large.id, { page }));
    expect(pages.map((p) => [p.first, p.last, p.pageCount, p.total])).toEqual([1, 51, 101, 151, 201].map((first) => [first, first + 49, 5, 250]));
    expect(pages.flatMap((p) => p.areas.flatMap((a) => a.requirements.map((r) => r.ref)))).toEqual(all.map((r) => r.ref));
    expect(pages[0]!.areas.flatMap((a) => a.requirements)).toHaveLength(REQUIREMENTS_PER_PAGE);
    expect(pages[0]!.areas[0]!.requirements[0]).toEqual({ id: expect.any(String), ref: "BR-01", title: expect.any(String), status: "DRAFT", version: 2, updatedAt: expect.any(Date), areaId: expect.any(String), openThreads: null });
    // past the end: no rows, and the page count to go back to
    expect(await findRequirementsByArea(db(), large.id, { page: 6 })).toMatchObject({ areas: [], pageCount: 5 });
  });

  it("shows every area, empty or not, when the list fits on one page", async () => {
    // (the fixture withdraws every eighth requirement: of ten, only BR-08, in the fourth area)
    const { areas } = await findRequirementsByArea(db(), small.id, { status: "WITHDRAWN" });
    expect(areas.map((a) => a.requirements.map((r) => r.ref))).toEqual([[], [], [], ["BR-08"]]);
  });
});

describe("a requirement page", () => {
  it("uses a fixed number of queries", async () => {
    const counts = [];
    for (const m of [small, large]) counts.push(await counter.count((c) => getRequirement(c, m.id, "BR-02")));
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBe(1);
  });
});
