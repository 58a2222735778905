/**
 * A modification as large as a real one gets (hundreds of requirements, each edited a few times,
 * thousands of review comments), for the benchmark and for tests that must see lists stay at a
 * fixed number of queries. Rows go in with createMany in batches: one insert per row would take
 * minutes at this size.
 */
import { randomBytes } from "node:crypto";
import { authorFields } from "@/lib/comments/author-fields";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentSeverity, CommentStatus, RequirementStatus } from "@/lib/generated/prisma/enums";
import { formatRequirementRef } from "@/lib/requirements/refs";
import { ensureAccounts } from "@/lib/seed/accounts";
import type { AccountSeed } from "@/lib/seed/participants";

export type LargeModificationOptions = { number: number; requirements: number; versionsPerRequirement: number; comments: number };
export type LargeModification = { id: string; draftRef: string };

type Tx = Prisma.TransactionClient;
type CreatedRequirement = { id: string; number: number; areaId: string; title: string; body: string; status: RequirementStatus };

/** Authors the generated rows; disabled, so nobody can sign in as it. */
const AUTHOR: AccountSeed = { email: "seed-large@portal.invalid", name: "Generated author", role: "WORKING_GROUP", organisation: "Smart DCC Ltd" };
const PROPOSER = "Smart DCC Ltd";
const AREAS = ["CORE", "DATA", "SECURITY", "TESTING"] as const;
const STATUSES: RequirementStatus[] = ["DRAFT", "PROPOSED", "AGREED", "AGREED", "PROPOSED", "DRAFT", "AGREED", "WITHDRAWN"];
const COMMENT_STATUSES: CommentStatus[] = ["OPEN", "RESPONDED", "RESOLVED"];
const SEVERITIES: CommentSeverity[] = ["MAJOR", "MINOR", "EDITORIAL", "CRITICAL"];
// Large enough to need few round trips, small enough to keep each statement's parameter count (≤ 65,535) safe.
const BATCH = 500;

export async function createLargeModification(db: Db, options: LargeModificationOptions): Promise<LargeModification> {
  await ensureAccounts(db, [AUTHOR], { password: randomBytes(24).toString("base64url"), disabled: true });
  return db.$transaction((tx) => createAll(tx, options), { timeout: 120_000 });
}

async function createAll(tx: Tx, { number, requirements, versionsPerRequirement, comments }: LargeModificationOptions): Promise<LargeModification> {
  if (versionsPerRequirement < 1) throw new Error("versionsPerRequirement must be at least 1");
  const author = await tx.user.findUniqueOrThrow({ where: { email: AUTHOR.email }, select: { id: true, organisationId: true, role: true } });
  const proposer = await tx.organisation.findUniqueOrThrow({ where: { name: PROPOSER }, select: { id: true } });
  const modification = await tx.modification.create({
    data: {
      number,
      draftRef: `DP${number}`,
      title: `Generated modification with ${requirements} requirements`,
      stage: "REFINEMENT",
      proposerId: proposer.id,
      raisedOn: new Date("2026-01-15T00:00:00Z"),
      summary: "A generated modification used to measure the portal with many requirements.",
      issue: "Lists must stay fast and use a fixed number of queries however long they get.",
      solution: "Generated requirements, versions, trace links and comments.",
      whoIsImpacted: "Nobody: generated data.",
      secDocumentsAffected: "None.",
      nextRequirementNumber: requirements + 1,
      nextCommentNumber: comments + 1,
      areas: {
        create: AREAS.map((code, i) => ({ code, title: `Area ${code.toLowerCase()}`, description: `Generated requirements about ${code.toLowerCase()}.`, position: i + 1 })),
      },
    },
    select: { id: true, draftRef: true, areas: { orderBy: { position: "asc" }, select: { id: true } } },
  });

  const created = await createRequirements(tx, modification.id, modification.areas.map((a) => a.id), requirements, versionsPerRequirement);
  const versions = await createVersions(tx, created, versionsPerRequirement, author.id);
  await createTraceLinks(tx, created, author.id);
  await createComments(tx, modification.id, versions, comments, authorFields(author));
  return { id: modification.id, draftRef: modification.draftRef };
}

async function createRequirements(tx: Tx, modificationId: string, areaIds: string[], count: number, version: number): Promise<CreatedRequirement[]> {
  const positions = new Map<string, number>();
  const rows = Array.from({ length: count }, (_, i): Prisma.RequirementCreateManyInput => {
    const number = i + 1;
    const areaId = areaIds[i % areaIds.length]!;
    const position = (positions.get(areaId) ?? 0) + 1;
    positions.set(areaId, position);
    return { modificationId, number, ref: formatRequirementRef(number), areaId, position, title: title(number, version), body: body(number, version), status: STATUSES[i % STATUSES.length]!, version };
  });
  const created: CreatedRequirement[] = [];
  for (const batch of batches(rows)) {
    created.push(...(await tx.requirement.createManyAndReturn({ data: batch, select: { id: true, number: true, areaId: true, title: true, body: true, status: true } })));
  }
  return created.sort((a, b) => a.number - b.number);
}

/** Versions 1…k of each requirement; the last one is exactly what the requirement holds now. */
type CreatedVersion = { id: string; requirementId: string };

async function createVersions(tx: Tx, requirements: CreatedRequirement[], versions: number, authorId: string): Promise<CreatedVersion[]> {
  const rows = requirements.flatMap((r) =>
    Array.from({ length: versions }, (_, i): Prisma.RequirementVersionCreateManyInput => {
      const version = i + 1;
      const current = version === versions;
      return {
        requirementId: r.id,
        version,
        areaId: r.areaId,
        title: current ? r.title : title(r.number, version),
        body: current ? r.body : body(r.number, version),
        status: current ? r.status : "DRAFT",
        authorId,
        changeNote: version === 1 ? "First draft" : `Revision ${version} after Working Group review`,
      };
    }),
  );
  const created: CreatedVersion[] = [];
  for (const batch of batches(rows)) created.push(...(await tx.requirementVersion.createManyAndReturn({ data: batch, select: { id: true, requirementId: true } })));
  return created;
}

/** Each requirement depends on the one before it and cites a SEC section, so both link directions have rows. */
async function createTraceLinks(tx: Tx, requirements: CreatedRequirement[], createdById: string): Promise<void> {
  const rows = requirements.flatMap((r, i): Prisma.TraceLinkCreateManyInput[] => {
    const previous = requirements[i - 1];
    const sec: Prisma.TraceLinkCreateManyInput = { requirementId: r.id, kind: "SEC_SECTION", reference: `Section H${(r.number % 15) + 1}`, createdById };
    return previous ? [{ requirementId: r.id, kind: "REQUIREMENT", targetRequirementId: previous.id, note: "Builds on", createdById }, sec] : [sec];
  });
  for (const batch of batches(rows)) await tx.traceLink.createMany({ data: batch });
}

/** Top-level comments C-1…C-n, each on a random version of a random requirement. */
async function createComments(tx: Tx, modificationId: string, versions: CreatedVersion[], count: number, author: ReturnType<typeof authorFields>): Promise<void> {
  const random = seededRandom(count);
  const rows = Array.from({ length: count }, (_, i): Prisma.CommentCreateManyInput => {
    const status = COMMENT_STATUSES[i % COMMENT_STATUSES.length]!;
    const version = versions[Math.floor(random() * versions.length)]!;
    return {
      modificationId,
      number: i + 1,
      requirementId: version.requirementId,
      requirementVersionId: version.id,
      severity: SEVERITIES[i % SEVERITIES.length]!,
      ...author,
      quotedText: i % 4 === 0 ? "the Target Response Time" : null,
      body: `Generated review comment ${i + 1}: please clarify how this requirement interacts with the existing Service Requests.`,
      status,
      disposition: status === "RESOLVED" ? "ACCEPTED" : null,
      dispositionReason: status === "RESOLVED" ? "Clarified in the next revision." : null,
    };
  });
  for (const batch of batches(rows)) await tx.comment.createMany({ data: batch });
}

function title(number: number, version: number): string {
  return `Generated requirement ${number}${version > 1 ? ` (revision ${version})` : ""}`;
}

function body(number: number, version: number): string {
  return [
    `The DCC shall support generated behaviour **${number}**, revision ${version}.`,
    "- A Party in the new User Role may send the Service Request.\n- The response arrives within the Target Response Time.",
    "Where the request is refused, the DCC shall return a reason code that the Party can act on without contacting the Service Desk.",
  ].join("\n\n");
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** Deterministic, so two runs anchor comments to the same versions and measure the same data. */
function seededRandom(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
