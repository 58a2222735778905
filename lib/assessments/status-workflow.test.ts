import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { PRINCIPAL_KINDS, VISITOR, type PrincipalKind } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DccAssessmentStatus, Role } from "@/lib/generated/prisma/enums";
import { createActor } from "@/test/support/actors";
import { anyBaseline, assessmentVersion, versionFields } from "@/test/support/assessments";
import { resetDatabase } from "@/test/support/database";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { seedTwoModifications } from "@/test/support/two-modifications";
import { recordAssessmentVersion } from "./record-assessment-version";

// The assessment workflow as the README describes it, written out here rather than read from
// status-workflow.ts: Requested → Received (a version is recorded; further versions keep it
// received) → Superseded (a newer assessment is received). Nothing goes back to Requested, and a
// superseded assessment takes no versions. The DCC analyst and SECAS record versions.
const RECORDERS: PrincipalKind[] = ["DCC_ANALYST", "SECAS"];
const STATES = Object.values(DccAssessmentStatus);
/** What happens to an assessment in `from` when a version is recorded on it (null: refused). */
const ON_VERSION: Record<DccAssessmentStatus, DccAssessmentStatus | null> = { REQUESTED: "RECEIVED", RECEIVED: "RECEIVED", SUPERSEDED: null };
/** What happens to an assessment in `from` when a newer assessment receives its first version. */
const ON_NEWER_RECEIVED: Record<DccAssessmentStatus, DccAssessmentStatus> = { REQUESTED: "REQUESTED", RECEIVED: "SUPERSEDED", SUPERSEDED: "SUPERSEDED" };

const actors = {} as Record<Role, CurrentUser>;
let dp162: string;
let subject: string;
let newer: string;
const actorFor = (p: PrincipalKind) => (p === VISITOR ? null : actors[p]);
const statusOf = async (id: string) => (await db().dccAssessment.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

/** Only the assessments of this test: the subject in `status`, and (optionally) a newer one requested. */
async function arrange(status: DccAssessmentStatus, withNewer: boolean) {
  await db().dccAssessment.updateMany({ where: { modificationId: dp162 }, data: { status: "SUPERSEDED" } });
  await db().dccAssessment.update({ where: { id: subject }, data: { status } });
  if (withNewer) await db().dccAssessment.update({ where: { id: newer }, data: { status: "REQUESTED" } });
}

describe("the DCC assessment workflow, every from × move × principal", () => {
  beforeAll(async () => {
    await resetDatabase();
    ({ dp162 } = await seedTwoModifications());
    for (const role of Object.values(Role)) actors[role] = await createActor(role);
    const row = { modificationId: dp162, kind: "PRELIMINARY" as const, baselineId: await anyBaseline(dp162), dueOn: new Date("2099-01-31"), requestedById: actors.SECAS.id, status: "SUPERSEDED" as const };
    subject = (await db().dccAssessment.create({ data: row })).id;
    newer = (await db().dccAssessment.create({ data: { ...row, kind: "IMPACT" } })).id;
  });
  beforeEach(() => db().dccAssessment.updateMany({ where: { modificationId: dp162 }, data: { status: "SUPERSEDED" } }));

  const versionCases = STATES.flatMap((from) => PRINCIPAL_KINDS.map((p) => [from, p] as const));
  it.each(versionCases)("a version recorded on an assessment %s, by %s", async (from, principal) => {
    await arrange(from, false);
    const before = await snapshotTables();
    const run = recordAssessmentVersion(db(), actorFor(principal), { modificationId: dp162, assessmentId: subject, expectedVersion: await assessmentVersion(subject), fields: versionFields() });
    const error = await run.then(() => null, (e: unknown) => e);
    const expected = principal === VISITOR ? "UNAUTHENTICATED" : !RECORDERS.includes(principal) ? "FORBIDDEN" : ON_VERSION[from] ? null : "VALIDATION";
    if (expected === null) {
      expect(error).toBeNull();
      expect(await statusOf(subject)).toBe(ON_VERSION[from]);
      expect(changedTables(before, await snapshotTables())).toEqual(expect.arrayContaining(["AuditEvent", "DccAssessment", "DccAssessmentVersion"]));
    } else {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: expected });
      expect(await statusOf(subject)).toBe(from);
      expect(changedTables(before, await snapshotTables())).toEqual([]);
    }
  });

  // A second awaited request cannot exist beside a requested subject (the database holds one), so
  // "a newer assessment received" starts from Received or Superseded only.
  it.each(STATES.filter((s) => s !== "REQUESTED"))("a newer assessment received while this one is %s", async (from) => {
    await arrange(from, true);
    await recordAssessmentVersion(db(), actors.DCC_ANALYST, { modificationId: dp162, assessmentId: newer, expectedVersion: await assessmentVersion(newer), fields: versionFields() });
    expect(await statusOf(newer)).toBe("RECEIVED");
    expect(await statusOf(subject)).toBe(ON_NEWER_RECEIVED[from]);
  });

  it("never leaves two requests awaited", async () => {
    await arrange("REQUESTED", false);
    await expect(db().dccAssessment.update({ where: { id: newer }, data: { status: "REQUESTED" } })).rejects.toThrow();
  });
});
