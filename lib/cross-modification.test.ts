import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { compareSides } from "@/lib/baselines/compare-requirement-sets";
import { createBaseline } from "@/lib/baselines/create-baseline";
import { getBaseline } from "@/lib/baselines/get-baseline-requirements";
import { db } from "@/lib/db";
import { applyRequirementsImport } from "@/lib/exchange/apply-requirements-import";
import { exportBaselineReqif, exportRequirements } from "@/lib/exchange/export-requirements";
import { changeRequirementStatus } from "@/lib/requirements/change-requirement-status";
import { addTraceLink, removeTraceLink } from "@/lib/requirements/change-trace-links";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { moveRequirement } from "@/lib/requirements/move-requirement";
import { updateRequirement } from "@/lib/requirements/update-requirement";
import { changeReviewRoundStatus } from "@/lib/reviews/change-review-round-status";
import { createReviewRound } from "@/lib/reviews/create-review-round";
import { findReviewRounds } from "@/lib/reviews/find-review-rounds";
import { getReviewRound } from "@/lib/reviews/get-review-round";
import { updateReviewRound } from "@/lib/reviews/update-review-round";
import { updateServiceRequest } from "@/lib/service-requests/update-service-request";
import { changeCommentSeverity } from "@/lib/comments/change-comment-severity";
import { createComment } from "@/lib/comments/create-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { reopenComment } from "@/lib/comments/reopen-comment";
import { replyToComment } from "@/lib/comments/reply-to-comment";
import { resolveComment } from "@/lib/comments/resolve-comment";
import { respondToComment } from "@/lib/comments/respond-to-comment";
import { withdrawComment } from "@/lib/comments/withdraw-comment";
import { createActor } from "@/test/support/actors";
import { resetDatabase } from "@/test/support/database";
import { planRound, putRoundInStatus, roundFields } from "@/test/support/review-rounds";
import { changedTables, snapshotTables } from "@/test/support/snapshot";
import { ONLY_IN_OTHER, seedTwoModifications } from "@/test/support/two-modifications";

// Two modifications side by side: every command takes the modification it acts on (the one in the
// address) and accepts no id of the other one (a requirement, a Service Request, a link, an area,
// a link target, a baseline); where a constraint can say it the database refuses it too.

let secas: CurrentUser;
let dp162: string;
let other: string;

const requirement = (modificationId: string, ref: string) =>
  db().requirement.findUniqueOrThrow({ where: { modificationId_ref: { modificationId, ref } }, select: { id: true, areaId: true, title: true, body: true, version: true } });
const areaOf = (modificationId: string) => db().requirementArea.findFirstOrThrow({ where: { modificationId }, orderBy: { position: "asc" } });

/** Runs a command that must be refused with `code`, and checks that no table changed. */
async function expectRefused(run: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await snapshotTables();
  await expect(run()).rejects.toMatchObject(expected);
  expect(changedTables(before, await snapshotTables())).toEqual([]);
}

/** The other modification's open round, and a thread in it (by SECAS, so its own) for each comment command. */
let theirRound: string;
const theirThreads = {} as Record<"reply" | "respond" | "resolve" | "reopen" | "edit" | "withdraw" | "severity", string>;
const commentVersion = async (id: string) => (await db().comment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

beforeAll(async () => {
  await resetDatabase();
  ({ dp162, other } = await seedTwoModifications());
  secas = await createActor("SECAS");
  theirRound = await planRound(secas, other, { committee: "TABASC" });
  await putRoundInStatus(theirRound, "OPEN");
  for (const key of ["reply", "respond", "resolve", "reopen", "edit", "withdraw", "severity"] as const) {
    theirThreads[key] = (await createComment(db(), secas, { modificationId: other, fields: { roundId: theirRound, kind: "COMMENT", severity: "MAJOR", body: `Theirs: ${key}` } })).id;
  }
  await resolveComment(db(), secas, { modificationId: other, commentId: theirThreads.reopen, expectedVersion: 1, disposition: "NOTED" });
});

/**
 * Each command given a row of the other modification (DP963), as a forged post from DP162's pages
 * would send it: run with DP162 — and with no modification at all, which must not drop the
 * condition — it is NOT_FOUND and writes nothing; run with the row's own modification it goes
 * through, so the refusal is the modification's doing.
 */
const ROWS_OF_THE_OTHER: Record<string, (modificationId: string) => Promise<unknown>> = {
  updateRequirement: async (modificationId) => {
    const r = await requirement(other, "BR-01");
    return updateRequirement(db(), secas, { modificationId, requirementId: r.id, expectedVersion: r.version, fields: { areaId: r.areaId, title: r.title, body: `${r.body} Edited.` }, changeNote: "Edit" });
  },
  changeRequirementStatus: async (modificationId) => {
    const r = await requirement(other, "BR-06");
    return changeRequirementStatus(db(), secas, { modificationId, requirementId: r.id, expectedVersion: r.version, status: "PROPOSED", reason: "Forged" });
  },
  moveRequirement: async (modificationId) => moveRequirement(db(), secas, { modificationId, requirementId: (await requirement(other, "BR-09")).id, direction: "up" }),
  addTraceLink: async (modificationId) => {
    const r = await requirement(other, "BR-03");
    return addTraceLink(db(), secas, { modificationId, requirementId: r.id, link: { kind: "SEC_SECTION", target: "Section H", expectedVersion: r.version } });
  },
  removeTraceLink: async (modificationId) => {
    const r = await requirement(other, "BR-12");
    const link = await db().traceLink.findFirstOrThrow({ where: { requirementId: r.id } });
    return removeTraceLink(db(), secas, { modificationId, requirementId: r.id, linkId: link.id, expectedVersion: r.version });
  },
  updateServiceRequest: async (modificationId) => {
    const sr = await db().serviceRequest.findUniqueOrThrow({ where: { modificationId_number: { modificationId: other, number: ONLY_IN_OTHER.serviceRequest } } });
    const edit = { eligibleForMdr: true, illustrative: true, targetResponseTime: "1 second", testingScenario: "Forged", changeNote: "Forged", expectedVersion: sr.version };
    return updateServiceRequest(db(), secas, { modificationId, serviceRequestId: sr.id, edit });
  },
  createComment: async (modificationId) => {
    const r = await requirement(other, "BR-03");
    return createComment(db(), secas, { modificationId, fields: { roundId: theirRound, requirementId: r.id, requirementVersion: r.version, kind: "COMMENT", body: "Forged" } });
  },
  replyToComment: (modificationId) => replyToComment(db(), secas, { modificationId, commentId: theirThreads.reply, body: "Forged" }),
  respondToComment: async (modificationId) =>
    respondToComment(db(), secas, { modificationId, commentId: theirThreads.respond, expectedVersion: await commentVersion(theirThreads.respond), body: "Forged" }),
  resolveComment: async (modificationId) =>
    resolveComment(db(), secas, { modificationId, commentId: theirThreads.resolve, expectedVersion: await commentVersion(theirThreads.resolve), disposition: "NOTED" }),
  reopenComment: async (modificationId) => reopenComment(db(), secas, { modificationId, commentId: theirThreads.reopen, expectedVersion: await commentVersion(theirThreads.reopen) }),
  editComment: async (modificationId) => editComment(db(), secas, { modificationId, commentId: theirThreads.edit, expectedVersion: await commentVersion(theirThreads.edit), body: "Forged" }),
  withdrawComment: async (modificationId) => withdrawComment(db(), secas, { modificationId, commentId: theirThreads.withdraw, expectedVersion: await commentVersion(theirThreads.withdraw) }),
  changeCommentSeverity: async (modificationId) =>
    changeCommentSeverity(db(), secas, { modificationId, commentId: theirThreads.severity, expectedVersion: await commentVersion(theirThreads.severity), severity: "MINOR", reason: "Forged" }),
};

describe("commands given a row of the other modification: NOT_FOUND, nothing written", () => {
  for (const [command, run] of Object.entries(ROWS_OF_THE_OTHER)) {
    it(command, async () => {
      for (const modificationId of [dp162, "", undefined as unknown as string]) await expectRefused(() => run(modificationId), { code: "NOT_FOUND" });
      const before = await snapshotTables();
      await run(other);
      expect(changedTables(before, await snapshotTables())).toContain("AuditEvent");
    });
  }
});

describe("commands refuse an id of the other modification and write nothing", () => {
  it("a new requirement's area", async () => {
    for (const [into, areaFrom] of [[dp162, other], [other, dp162]] as const) {
      const area = await areaOf(areaFrom);
      await expectRefused(() => createRequirement(db(), secas, { modificationId: into, fields: { areaId: area.id, title: "T", body: "B" }, changeNote: "x" }), {
        code: "VALIDATION",
        fieldErrors: { areaId: ["Choose an area of this modification"] },
      });
    }
  });

  it("a comment thread an edit says it addresses", async () => {
    const r = await requirement(dp162, "BR-03");
    const edit = { modificationId: dp162, requirementId: r.id, expectedVersion: r.version, fields: { areaId: r.areaId, title: r.title, body: `${r.body} More.` }, changeNote: "Forged" };
    await expectRefused(() => updateRequirement(db(), secas, { ...edit, addressesCommentIds: [theirThreads.reply] }), { code: "VALIDATION" });
  });

  it("a comment's requirement of the other modification, in a round of this one", async () => {
    const ours = await planRound(secas, dp162, { committee: "TABASC" });
    await putRoundInStatus(ours, "OPEN");
    const theirs = await requirement(other, "BR-03");
    await expectRefused(
      () => createComment(db(), secas, { modificationId: dp162, fields: { roundId: ours, requirementId: theirs.id, requirementVersion: theirs.version, kind: "COMMENT", body: "Forged" } }),
      { code: "NOT_FOUND" },
    );
  });

  it("an edited requirement's area", async () => {
    const r = await requirement(dp162, "BR-01");
    const foreign = await areaOf(other);
    await expectRefused(
      () => updateRequirement(db(), secas, { modificationId: dp162, requirementId: r.id, expectedVersion: r.version, fields: { areaId: foreign.id, title: r.title, body: r.body }, changeNote: "Move" }),
      { code: "VALIDATION", fieldErrors: { areaId: ["Choose an area of this modification"] } },
    );
  });

  it("a link's target requirement or Service Request", async () => {
    const r = await requirement(dp162, "BR-07");
    await requirement(other, ONLY_IN_OTHER.requirementRef); // it exists, only not here
    await expectRefused(() => addTraceLink(db(), secas, { modificationId: dp162, requirementId: r.id, link: { kind: "REQUIREMENT", target: ONLY_IN_OTHER.requirementRef, expectedVersion: r.version } }), {
      code: "VALIDATION",
      fieldErrors: { target: [`There is no requirement ${ONLY_IN_OTHER.requirementRef}`] },
    });
    await expectRefused(() => addTraceLink(db(), secas, { modificationId: dp162, requirementId: r.id, link: { kind: "SERVICE_REQUEST", target: ONLY_IN_OTHER.serviceRequest, expectedVersion: r.version } }), {
      code: "VALIDATION",
      fieldErrors: { target: [`There is no Service Request ${ONLY_IN_OTHER.serviceRequest} in this modification's matrix`] },
    });
  });

  it("a link to remove that belongs to the other modification's requirement", async () => {
    const r = await requirement(dp162, "BR-02");
    const theirs = await requirement(other, "BR-02");
    const link = await db().traceLink.findFirstOrThrow({ where: { requirementId: theirs.id } });
    expect(theirs.version).toBe(r.version); // so only the link's owner, not the version, can refuse it
    await expectRefused(() => removeTraceLink(db(), secas, { modificationId: dp162, requirementId: r.id, linkId: link.id, expectedVersion: r.version }), { code: "NOT_FOUND" });
  });

  it("an imported row's ref or area", async () => {
    const foreignArea = await areaOf(other);
    const ownArea = await areaOf(dp162);
    const rows = [
      [{ row: 2, ref: ONLY_IN_OTHER.requirementRef, area: ownArea.title, title: "T", body: "B", version: "1" }, `There is no requirement ${ONLY_IN_OTHER.requirementRef} in this modification`],
      [{ row: 2, ref: "", area: foreignArea.title, title: "T", body: "B", version: "" }, `There is no area "${foreignArea.title}"`],
    ] as const;
    for (const [row, reason] of rows) {
      await expectRefused(() => applyRequirementsImport(db(), secas, { modificationId: dp162, payload: { fileName: "x.csv", rows: [row] } }), {
        code: "VALIDATION",
        message: expect.stringContaining(reason),
      });
    }
  });

  it("a baseline, when reading, comparing or exporting it", async () => {
    const theirs = await createBaseline(db(), secas, { modificationId: other, name: "Theirs" });
    const m = await db().modification.findUniqueOrThrow({ where: { id: dp162 } });
    await expect(getBaseline(db(), dp162, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(compareSides(db(), dp162, theirs.id, "now")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(compareSides(db(), dp162, "now", theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportRequirements(db(), m, { format: "csv", baseline: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportBaselineReqif(db(), m, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // …while under its own modification it reads.
    await expect(getBaseline(db(), other, theirs.id)).resolves.toMatchObject({ name: "Theirs" });
  });

  it("a review round: its scope baseline, and a round id under the other modification's address", async () => {
    const theirBaseline = await createBaseline(db(), secas, { modificationId: other, name: "Their scope" });
    await expectRefused(() => createReviewRound(db(), secas, { modificationId: dp162, fields: roundFields({ baselineId: theirBaseline.id }) }), {
      code: "VALIDATION",
      fieldErrors: { baselineId: ["Choose a baseline of this modification"] },
    });
    const theirs = await planRound(secas, other);
    await expectRefused(() => updateReviewRound(db(), secas, { modificationId: dp162, roundId: theirs, expectedVersion: 1, fields: roundFields() }), { code: "NOT_FOUND" });
    const ours = await planRound(secas, dp162);
    await expectRefused(() => updateReviewRound(db(), secas, { modificationId: dp162, roundId: ours, expectedVersion: 1, fields: roundFields({ baselineId: theirBaseline.id }) }), {
      code: "VALIDATION",
      fieldErrors: { baselineId: ["Choose a baseline of this modification"] },
    });
    await expectRefused(() => changeReviewRoundStatus(db(), secas, { modificationId: dp162, roundId: theirs, expectedVersion: 1, status: "OPEN" }), { code: "NOT_FOUND" });
    await expect(getReviewRound(db(), dp162, theirs)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await findReviewRounds(db(), dp162)).map((r) => r.id)).not.toContain(theirs);
  });

  it("a baseline freezes its own modification's requirements only", async () => {
    const { id } = await createBaseline(db(), secas, { modificationId: dp162, name: "Ours" });
    const entries = await db().baselineEntry.findMany({ where: { baselineId: id }, select: { requirementVersion: { select: { requirement: { select: { modificationId: true } } } } } });
    expect(entries).toHaveLength(await db().requirement.count({ where: { modificationId: dp162 } }));
    expect(new Set(entries.map((e) => e.requirementVersion.requirement.modificationId))).toEqual(new Set([dp162]));
  });
});

describe("the database refuses rows that mix the two modifications", () => {
  const refused = { code: "P2003" };

  it("a requirement in an area of the other modification", async () => {
    const r = await requirement(dp162, "BR-01");
    const foreign = await areaOf(other);
    // A free position, so that the unique (area, position) index cannot be what refuses it.
    await expect(db().requirement.update({ where: { id: r.id }, data: { areaId: foreign.id, position: 999 } })).rejects.toMatchObject(refused);
    const own = await db().requirementArea.findFirstOrThrow({ where: { modificationId: dp162, id: { not: r.areaId } } });
    await expect(db().requirement.update({ where: { id: r.id }, data: { areaId: own.id, position: 99 } })).resolves.toBeTruthy();
  });

  it("a requirement version in an area of the other modification", async () => {
    const r = await requirement(dp162, "BR-09");
    const foreign = await areaOf(other);
    const version = { requirementId: r.id, version: r.version + 1, title: r.title, body: r.body, status: "DRAFT" as const, authorId: secas.id, changeNote: "raw" };
    await expect(db().requirementVersion.create({ data: { ...version, areaId: foreign.id } })).rejects.toMatchObject(refused);
    await expect(db().requirementVersion.create({ data: { ...version, areaId: r.areaId } })).resolves.toBeTruthy();
  });

  it("a trace link to the other modification's requirement or Service Request", async () => {
    const r = await requirement(dp162, "BR-10");
    const theirs = await requirement(other, ONLY_IN_OTHER.requirementRef);
    const theirSr = await db().serviceRequest.findUniqueOrThrow({ where: { modificationId_number: { modificationId: other, number: ONLY_IN_OTHER.serviceRequest } } });
    const link = { requirementId: r.id, createdById: secas.id };
    await expect(db().traceLink.create({ data: { ...link, kind: "REQUIREMENT", targetRequirementId: theirs.id } })).rejects.toMatchObject(refused);
    await expect(db().traceLink.create({ data: { ...link, kind: "SERVICE_REQUEST", serviceRequestId: theirSr.id } })).rejects.toMatchObject(refused);
    const existing = await db().traceLink.findFirstOrThrow({ where: { requirementId: r.id } });
    await expect(db().traceLink.update({ where: { id: existing.id }, data: { kind: "REQUIREMENT", reference: null, targetRequirementId: theirs.id } })).rejects.toMatchObject(refused);
    const ours = await requirement(dp162, "BR-11");
    await expect(db().traceLink.create({ data: { ...link, kind: "REQUIREMENT", targetRequirementId: ours.id } })).resolves.toBeTruthy();
  });

  it("a baseline entry holding the other modification's requirement version", async () => {
    const { id } = await createBaseline(db(), secas, { modificationId: dp162, name: "Raw entries" });
    const theirs = await requirement(other, "BR-03");
    const version = await db().requirementVersion.findFirstOrThrow({ where: { requirementId: theirs.id } });
    await expect(db().baselineEntry.create({ data: { baselineId: id, requirementVersionId: version.id } })).rejects.toMatchObject(refused);
  });

  it("what the next areas write: a round, consultation or report on the other's baseline; a comment, answer, reply or impact on its requirements, rounds or questions", async () => {
    const theirBaseline = await createBaseline(db(), secas, { modificationId: other, name: "Theirs for rounds" });
    const ourBaseline = await createBaseline(db(), secas, { modificationId: dp162, name: "Ours for rounds" });
    const window = { modificationId: dp162, status: "PLANNED" as const };
    const roundWindow = { ...window, opensAt: new Date("2030-01-01T09:00:00Z"), closesAt: new Date("2030-01-15T17:00:00Z") };
    await expect(db().reviewRound.create({ data: { ...roundWindow, committee: "OPSG", title: "R1", baselineId: theirBaseline.id } })).rejects.toMatchObject(refused);
    await expect(db().consultation.create({ data: { ...roundWindow, kind: "REFINEMENT", title: "C1", baselineId: theirBaseline.id } })).rejects.toMatchObject(refused);
    await expect(db().report.create({ data: { modificationId: dp162, kind: "MODIFICATION_REPORT", number: "0.1", major: 0, minor: 1, generated: {}, generatedAt: new Date(), baselineId: theirBaseline.id } })).rejects.toMatchObject(refused);
    const round = await db().reviewRound.create({ data: { ...roundWindow, committee: "OPSG", title: "R2", baselineId: ourBaseline.id } });
    const theirRound = await db().reviewRound.create({ data: { ...roundWindow, modificationId: other, committee: "SSC", title: "R3" } });

    const theirVersion = await db().requirementVersion.findFirstOrThrow({ where: { requirement: { modificationId: other } } });
    const ourVersion = await db().requirementVersion.findFirstOrThrow({ where: { requirement: { modificationId: dp162 } } });
    const onTheirs = { requirementId: theirVersion.requirementId, requirementVersionId: theirVersion.id };
    const onOurs = { requirementId: ourVersion.requirementId, requirementVersionId: ourVersion.id };
    let number = 1000; // above the numbers the comment commands gave the threads made in beforeAll
    const comment = () => ({ modificationId: dp162, authorId: secas.id, authorRole: "SECAS" as const, body: "A comment", number: ++number });
    await expect(db().comment.create({ data: { ...comment(), ...onTheirs } })).rejects.toMatchObject(refused);
    await expect(db().comment.create({ data: { ...comment(), reviewRoundId: theirRound.id } })).rejects.toMatchObject(refused);
    // Our requirement with their version: the composite key (version, requirement) refuses it.
    await expect(db().comment.create({ data: { ...comment(), requirementId: ourVersion.requirementId, requirementVersionId: theirVersion.id } })).rejects.toMatchObject(refused);
    const theirComment = await db().comment.create({ data: { ...comment(), modificationId: other, ...onTheirs } });
    const reply = { modificationId: dp162, authorId: secas.id, authorRole: "SECAS" as const, body: "A reply" };
    await expect(db().comment.create({ data: { ...reply, parentId: theirComment.id } })).rejects.toMatchObject(refused);
    // An answer to a question of another round (theirs): the composite key (question, round) refuses it.
    const theirQuestion = await db().reviewQuestion.create({ data: { reviewRoundId: theirRound.id, number: 1, text: "Theirs?" } });
    await expect(db().comment.create({ data: { ...comment(), reviewRoundId: round.id, questionId: theirQuestion.id } })).rejects.toMatchObject(refused);
    const ours = await db().comment.create({ data: { ...comment(), ...onOurs, reviewRoundId: round.id } });
    await expect(db().comment.create({ data: { ...reply, parentId: ours.id } })).resolves.toBeTruthy();

    // "Addressed in" names a version of the comment's own requirement only.
    const otherOfOurs = await db().requirementVersion.findFirstOrThrow({ where: { requirement: { modificationId: dp162, id: { not: ourVersion.requirementId } } } });
    await expect(db().commentAddressedIn.create({ data: { commentId: ours.id, requirementVersionId: otherOfOurs.id, recordedById: secas.id } })).rejects.toMatchObject(refused);
    await expect(db().commentAddressedIn.create({ data: { commentId: ours.id, requirementVersionId: ourVersion.id, recordedById: secas.id } })).resolves.toBeTruthy();

    // A DCC assessment assesses a baseline of its own modification.
    const assessment = { modificationId: dp162, kind: "PRELIMINARY" as const, dueOn: new Date("2030-01-31"), requestedById: secas.id };
    await expect(db().dccAssessment.create({ data: { ...assessment, baselineId: theirBaseline.id } })).rejects.toMatchObject(refused);
    await expect(db().dccAssessment.create({ data: { ...assessment, baselineId: ourBaseline.id } })).resolves.toBeTruthy();
  });
});
