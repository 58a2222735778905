import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "./parse-input";
import { raiseDraftProposalSchema, type RaiseDraftProposalInput } from "./schemas";
import { isUniqueViolation } from "@/lib/database-errors";

/** Any fixed number: the key of the advisory lock that serialises choosing a DP number. */
const NUMBERING_LOCK = 162_163;

const taken = (number: number) => `DP${number} is already taken. Leave the number empty to take the next free one.`;

/**
 * SECAS raises a Draft Proposal: DPnnn in the Development stage, with its title, proposer,
 * issue statement, path and urgency. The number is the next free one (highest so far + 1) unless
 * SECAS gives one, and a number is never reused. Two raises at once take an advisory lock in turn,
 * so they get two numbers; a number given explicitly that is taken (also by a raise that commits
 * meanwhile: the unique index) is refused with a message and nothing is written.
 */
export async function raiseDraftProposal(db: Db, actor: CurrentUser | null, input: RaiseDraftProposalInput): Promise<{ id: string; number: number; draftRef: string }> {
  requirePermission(actor, "modification.manage");
  const fields = parseInput(raiseDraftProposalSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NUMBERING_LOCK})`;
      const proposer = await tx.organisation.findUnique({ where: { id: fields.proposerId }, select: { name: true } });
      if (!proposer) throw new AppError("VALIDATION", "Choose the proposer's organisation.", { proposerId: ["Choose the proposer's organisation"] });
      const number = fields.number ?? (await nextFreeNumber(tx));
      if (fields.number !== undefined && (await tx.modification.count({ where: { number } })) > 0) {
        throw new AppError("CONFLICT", taken(number), { number: [taken(number)] });
      }
      const draftRef = `DP${number}`;
      const created = await tx.modification.create({
        data: {
          number,
          draftRef,
          title: fields.title,
          stage: "DEVELOPMENT",
          path: fields.path ?? null,
          urgent: fields.urgent,
          proposerId: fields.proposerId,
          raisedOn: fields.raisedOn,
          summary: "",
          issue: fields.issue,
          solution: "",
          whoIsImpacted: "",
          secDocumentsAffected: "",
          milestones: { create: { occurredOn: fields.raisedOn, event: "Draft Proposal raised" } },
          sectionVersions: { create: { section: "ISSUE", number: 1, text: fields.issue, authorId: actor.id, changeNote: `Raised as ${draftRef}` } },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        modificationId: created.id,
        action: "modification.raised",
        entityType: "Modification",
        entityId: created.id,
        after: {
          ref: draftRef,
          title: fields.title,
          proposer: proposer.name,
          path: fields.path ?? null,
          urgent: fields.urgent,
          raisedOn: fields.raisedOn.toISOString().slice(0, 10),
          issue: fields.issue,
          stage: "DEVELOPMENT",
          version: 1,
        },
      });
      return { id: created.id, number, draftRef };
    });
  } catch (error) {
    // Another writer took the number between the check and the insert (a seed, a direct insert).
    if (isUniqueViolation(error) && fields.number !== undefined) {
      throw new AppError("CONFLICT", taken(fields.number), { number: [taken(fields.number)] });
    }
    throw error;
  }
}

async function nextFreeNumber(tx: Prisma.TransactionClient): Promise<number> {
  const { _max } = await tx.modification.aggregate({ _max: { number: true } });
  return (_max.number ?? 0) + 1;
}
