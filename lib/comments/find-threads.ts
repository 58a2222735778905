import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { quotes } from "./schemas";

const person = { select: { id: true, name: true } } as const;
// As it was when the comment was written (author-fields.ts), not the account's organisation today.
const organisation = { select: { name: true } } as const;

const THREAD = {
  id: true,
  number: true,
  kind: true,
  severity: true,
  status: true,
  disposition: true,
  dispositionReason: true,
  body: true,
  quotedText: true,
  proposedWording: true,
  withdrawnAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  questionId: true,
  author: person,
  authorOrganisation: organisation,
  reviewRound: { select: { id: true, title: true, committee: true, status: true } },
  question: { select: { number: true, text: true } },
  requirementVersion: { select: { version: true } },
  requirement: { select: { ref: true, version: true, body: true } },
  addressedIn: { select: { requirementVersion: { select: { version: true } } }, orderBy: { createdAt: "asc" } },
  _count: { select: { revisions: true } },
  replies: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, withdrawnAt: true, version: true, createdAt: true, author: person, authorOrganisation: organisation, _count: { select: { revisions: true } } },
  },
} satisfies Prisma.CommentSelect;

type Row = Prisma.CommentGetPayload<{ select: typeof THREAD }>;
type ThreadsWhere = { requirementId: string } | { reviewRoundId: string } | { number: number };

/**
 * The threads (top-level comments with their replies) of a requirement, a round, or one thread by
 * number — in one Prisma query whose nested reads are a fixed number of SQL queries however many
 * comments there are (`slice`: some of them, in number order). Each says what it was made on and
 * whether the text has moved on since: `madeOn`/`currentVersion` ("made on version 2; now version
 * 4"), `outdated` when the quoted passage is no longer in the current text (still listed), and the
 * versions that said they address it.
 */
export async function findThreads(db: Db, modificationId: string, where: ThreadsWhere, slice?: { skip: number; take: number }) {
  const rows = await db.comment.findMany({ where: { modificationId, parentId: null, ...where }, select: THREAD, orderBy: { number: "asc" }, ...slice });
  return rows.map(toThread);
}

export type Thread = ReturnType<typeof toThread>;

function toThread({ requirement, requirementVersion, addressedIn, _count, replies, ...row }: Row) {
  const madeOn = requirementVersion?.version ?? null;
  return {
    ...row,
    number: row.number!,
    requirement: requirement ? { ref: requirement.ref, currentVersion: requirement.version } : null,
    madeOn,
    /** The quoted passage is no longer in the requirement's current text. */
    outdated: requirement !== null && row.quotedText !== null && !quotes(requirement.body, row.quotedText),
    addressedIn: addressedIn.map((a) => a.requirementVersion.version),
    revisions: _count.revisions,
    replies: replies.map(({ _count: replyCount, ...reply }) => ({ ...reply, revisions: replyCount.revisions })),
  };
}

/** One thread by its number (C-17 → 17), with every revision of it and of its replies, oldest first; null if there is none. */
export async function getThread(db: Db, modificationId: string, number: number) {
  const [thread] = await findThreads(db, modificationId, { number });
  if (!thread) return null;
  const revisions = await db.commentRevision.findMany({
    where: { commentId: { in: [thread.id, ...thread.replies.map((r) => r.id)] } },
    orderBy: [{ commentId: "asc" }, { revision: "asc" }],
    select: { commentId: true, revision: true, body: true, proposedWording: true, severity: true, reason: true, createdAt: true, author: { select: { name: true } } },
  });
  return { ...thread, revisionsOf: (commentId: string) => revisions.filter((r) => r.commentId === commentId) };
}
