import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { linkLabel } from "@/lib/requirements/links";
import { formatRequirementRef } from "@/lib/requirements/refs";
import { ensureAccounts, ensureOrganisations } from "./accounts";
import { londonDateAndTime, londonInstant } from "@/lib/dates/london";
import { AREAS, DOCUMENTS, DP162, MILESTONES, REVIEW_ROUNDS, REVIEW_SCOPE_BASELINE, SERVICE_REQUESTS, type LinkSeed } from "./dp162";
import { createIllustrativeAssessment } from "./dp162-assessment";
import { createIllustrativeComments } from "./dp162-comments";
import { createRefinementConsultation } from "./dp162-consultation";
import { seedDp162Report } from "./dp162-report";
import { REQUIREMENTS } from "./dp162-requirements";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, IMPORT_ACCOUNT } from "./participants";

export type SeedOptions = { demoAccounts: boolean };

/** Demo accounts are for local runs: production gets them only when SEED_DEMO_ACCOUNTS=1. */
export function demoAccountsWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== "production" || env.SEED_DEMO_ACCOUNTS === "1";
}

/** Idempotent: creates what is missing and never changes what exists. Returns whether DP162 was created. */
export async function seedDatabase(db: Db, { demoAccounts }: SeedOptions): Promise<{ createdDp162: boolean }> {
  await ensureOrganisations(db);
  await ensureAccounts(db, [IMPORT_ACCOUNT], { password: randomBytes(24).toString("base64url"), disabled: true });
  if (demoAccounts) await ensureAccounts(db, DEMO_ACCOUNTS, { password: DEMO_PASSWORD });
  const existing = await db.modification.findUnique({ where: { number: DP162.number }, select: { id: true } });
  if (existing) return { createdDp162: false };
  await db.$transaction((tx) => createDp162(tx, new Date(), { demoAccounts }), { timeout: 30_000 });
  return { createdDp162: true };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const seedLinkLabel = (l: LinkSeed) =>
  linkLabel(
    l.requirement
      ? { kind: "REQUIREMENT", reference: null, targetRequirement: { ref: formatRequirementRef(l.requirement) } }
      : l.serviceRequest
        ? { kind: "SERVICE_REQUEST", reference: null, serviceRequest: { number: l.serviceRequest } }
        : { kind: l.sec ? "SEC_SECTION" : "TOM_ITEM", reference: l.sec ?? l.tom ?? null },
  );

async function createDp162(tx: Prisma.TransactionClient, now: Date, { demoAccounts }: SeedOptions): Promise<void> {
  const author = await tx.user.findUniqueOrThrow({ where: { email: IMPORT_ACCOUNT.email }, select: { id: true } });
  const proposer = await tx.organisation.findUniqueOrThrow({ where: { name: DP162.proposer }, select: { id: true } });
  const modification = await tx.modification.create({
    data: {
      number: DP162.number,
      draftRef: DP162.draftRef,
      proposalRef: DP162.proposalRef,
      title: DP162.title,
      stage: DP162.stage,
      path: DP162.path,
      leadAnalyst: DP162.leadAnalyst,
      raisedOn: day(DP162.raisedOn),
      implementationRelease: DP162.implementationRelease,
      latestUpdate: DP162.latestUpdate,
      summary: DP162.summary,
      issue: DP162.issue,
      solution: DP162.solution,
      whoIsImpacted: DP162.whoIsImpacted,
      secDocumentsAffected: DP162.secDocumentsAffected,
      proposerId: proposer.id,
      nextRequirementNumber: REQUIREMENTS.length + 1,
      milestones: { create: MILESTONES.map((m) => ({ occurredOn: day(m.on), dateLabel: m.label ?? null, event: m.event, confirmed: m.confirmed ?? true })) },
      documents: { create: DOCUMENTS.map((d) => ({ kind: d.kind, title: d.title, publishedOn: day(d.on), note: d.note ?? null })) },
      areas: { create: AREAS.map((a, i) => ({ ...a, position: i + 1 })) },
      serviceRequests: {
        create: SERVICE_REQUESTS.map((s) => ({
          ...s,
          illustrative: true,
          versions: {
            create: {
              version: 1,
              eligibleForMdr: s.eligibleForMdr,
              targetResponseTime: s.targetResponseTime,
              testingScenario: s.testingScenario,
              illustrative: true,
              authorId: author.id,
              changeNote: "Proposed in the DP162 scope (illustrative)",
            },
          },
        })),
      },
    },
    select: { id: true, areas: { select: { id: true, code: true } }, serviceRequests: { select: { id: true, number: true } } },
  });
  const areaIds = new Map(modification.areas.map((a) => [a.code, a.id]));
  const positions = new Map<string, number>();
  const requirements = await tx.requirement.createManyAndReturn({
    data: REQUIREMENTS.map((r, i) => {
      const position = (positions.get(r.area) ?? 0) + 1;
      positions.set(r.area, position);
      return {
        modificationId: modification.id,
        number: i + 1,
        ref: formatRequirementRef(i + 1),
        areaId: areaIds.get(r.area)!,
        position,
        title: r.title,
        body: r.body,
        status: r.status ?? "DRAFT",
      };
    }),
    select: { id: true, number: true, areaId: true, title: true, body: true, status: true },
  });
  await tx.requirementVersion.createMany({
    data: requirements.map((r) => ({
      requirementId: r.id,
      version: 1,
      areaId: r.areaId,
      title: r.title,
      body: r.body,
      status: r.status,
      links: (REQUIREMENTS[r.number - 1]!.links ?? []).map(seedLinkLabel).sort(),
      authorId: author.id,
      changeNote: "Initial draft imported from the DP162 scope",
    })),
  });

  const requirementIds = new Map(requirements.map((r) => [r.number, r.id]));
  const serviceRequestIds = new Map(modification.serviceRequests.map((s) => [s.number, s.id]));
  const link = (requirementId: string, l: LinkSeed): Prisma.TraceLinkCreateManyInput => {
    const base = { requirementId, createdById: author.id };
    if (l.requirement) return { ...base, kind: "REQUIREMENT", targetRequirementId: requirementIds.get(l.requirement)! };
    if (l.serviceRequest) return { ...base, kind: "SERVICE_REQUEST", serviceRequestId: serviceRequestIds.get(l.serviceRequest)! };
    if (l.sec) return { ...base, kind: "SEC_SECTION", reference: l.sec };
    return { ...base, kind: "TOM_ITEM", reference: l.tom! };
  };
  await tx.traceLink.createMany({
    data: REQUIREMENTS.flatMap((r, i) => (r.links ?? []).map((l) => link(requirementIds.get(i + 1)!, l))),
  });
  await createReviewRounds(tx, modification.id, author.id, now);
  // The comments' authors are the demo accounts: without them, the rounds start empty.
  if (demoAccounts) await createIllustrativeComments(tx, modification.id, now);

  // consultations (the Refinement Consultation and its responses): add the call below
  await createRefinementConsultation(tx, modification.id);

  // DCC assessments: add the call below
  await createIllustrativeAssessment(tx, modification.id, author.id, now);

  // Modification Report v0.1: add the call below
  await seedDp162Report(tx, modification.id, author.id);

  // Change Board: add the call below
}

/** The closed OPSG round as it was; the open ones from now for their number of days, over a baseline of the seeded requirements. */
async function createReviewRounds(tx: Prisma.TransactionClient, modificationId: string, authorId: string, now: Date): Promise<void> {
  const versions = await tx.requirementVersion.findMany({ where: { requirement: { modificationId } }, select: { id: true } });
  const scope = await tx.baseline.create({
    data: { modificationId, ...REVIEW_SCOPE_BASELINE, createdById: authorId, createdAt: now, entries: { createMany: { data: versions.map((v) => ({ requirementVersionId: v.id })) } } },
    select: { id: true },
  });
  for (const round of REVIEW_ROUNDS) {
    const window =
      "window" in round
        ? { opensAt: londonInstant(...round.window.opens)!, closesAt: londonInstant(...round.window.closes)! }
        : { opensAt: now, closesAt: londonInstant(londonDateAndTime(new Date(now.getTime() + round.openForDays * 86_400_000)).date, "17:00")! };
    await tx.reviewRound.create({
      data: {
        modificationId,
        committee: round.committee,
        title: round.title,
        introduction: round.introduction,
        status: round.status,
        ...window,
        openedAt: window.opensAt,
        closedAt: round.status === "CLOSED" ? window.closesAt : null,
        baselineId: round.status === "OPEN" ? scope.id : null,
        createdById: authorId,
        questions: { create: round.questions.map((text, i) => ({ number: i + 1, text })) },
      },
    });
  }
}
