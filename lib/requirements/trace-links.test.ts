import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";
import { findServiceRequests } from "@/lib/service-requests/find-service-requests";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { addTraceLink, removeTraceLink } from "./change-trace-links";

let wg: CurrentUser;
let modificationId: string;
const br = (ref: string) => db().requirement.findFirstOrThrow({ where: { modificationId, ref }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } });

describe("trace links", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false });
    wg = await createActor("WORKING_GROUP");
    ({ id: modificationId } = await db().modification.findUniqueOrThrow({ where: { number: 162 } }));
  });

  it("links to a Service Request as a new version, seen from the Service Request's side", async () => {
    const r = await br("BR-07");
    await addTraceLink(db(), wg, { modificationId, requirementId: r.id, link: { kind: "SERVICE_REQUEST", target: "4.8.1", expectedVersion: 1 } });
    const after = await br("BR-07");
    expect(after.version).toBe(2);
    expect(after.versions[0]).toMatchObject({ changeNote: "Linked to SR 4.8.1", links: ["Appendix E", "SR 4.8.1"] });
    const sr = (await findServiceRequests(db(), modificationId)).find((s) => s.number === "4.8.1")!;
    expect(sr.links.map((l) => l.requirement.ref)).toContain("BR-07");
  });

  it("refuses unknown targets, itself and duplicates with a message for the field", async () => {
    const r = await br("BR-07");
    const add = (kind: "SERVICE_REQUEST" | "REQUIREMENT" | "SEC_SECTION", target: string) =>
      addTraceLink(db(), wg, { modificationId, requirementId: r.id, link: { kind, target, expectedVersion: 1 } });
    await expect(add("SERVICE_REQUEST", "9.9.9")).rejects.toMatchObject({ fieldErrors: { target: ["There is no Service Request 9.9.9 in this modification's matrix"] } });
    await expect(add("REQUIREMENT", "BR-07")).rejects.toMatchObject({ fieldErrors: { target: ["A requirement cannot link to itself"] } });
    await expect(add("SEC_SECTION", "Appendix E")).rejects.toMatchObject({ fieldErrors: { target: ["Already linked"] } });
    expect((await br("BR-07")).version).toBe(1);
  });

  it("removes a link as a new version, and refuses a stale version", async () => {
    const r = await br("BR-02");
    const link = await db().traceLink.findFirstOrThrow({ where: { requirementId: r.id, kind: "REQUIREMENT" } });
    await expect(removeTraceLink(db(), wg, { modificationId, requirementId: r.id, linkId: link.id, expectedVersion: 7 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().traceLink.count({ where: { id: link.id } })).toBe(1);
    await removeTraceLink(db(), wg, { modificationId, requirementId: r.id, linkId: link.id, expectedVersion: 1 });
    expect((await br("BR-02")).versions[0]!.links).toEqual(["Section H"]);
  });

  it("is refused to a reviewer", async () => {
    const r = await br("BR-07");
    const reviewer = await createActor("REVIEWER", "SSC");
    await expect(addTraceLink(db(), reviewer, { modificationId, requirementId: r.id, link: { kind: "SEC_SECTION", target: "Section G", expectedVersion: 1 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().traceLink.count({ where: { requirementId: r.id } })).toBe(1);
  });
});
