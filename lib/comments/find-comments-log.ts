import "server-only";
import { z } from "zod";
import { firstValue, pageNumberSchema, pageCountOf } from "@/lib/validation/address";
import { rolesAllowed } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseRequirementRef } from "@/lib/requirements/refs";
import { Committee, CommentSeverity, CommentStatus } from "@/lib/generated/prisma/enums";

/** Rows per page: fifty rows of text weighed 210 KB and cost the server 38 ms a request (npm run bench). */
export const COMMENTS_LOG_PAGE_SIZE = 25;

/** A thread's status in the log: its own status, or withdrawn (a stub, whatever status it had). */
export const LOG_STATUSES = [...Object.values(CommentStatus), "WITHDRAWN"] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

/** A value that makes no sense (an unknown committee, a hand-typed id with spaces) is ignored rather than an error. */
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema.optional()).catch(undefined);
const rowId = z.string().regex(/^[a-z0-9]{1,64}$/i);

/** The filters of the comments log and its export, from the address. */
export const commentsLogFilterSchema = z.object({
  round: lenient(rowId),
  committee: lenient(z.enum(Committee)),
  // a requirement by its reference as typed (BR-03, br-3, 3), read as the log shows it (BR-03)
  requirement: lenient(z.string().transform(parseRequirementRef).pipe(z.string())),
  status: lenient(z.enum(LOG_STATUSES)),
  severity: lenient(z.enum(CommentSeverity)),
  organisation: lenient(rowId),
  page: pageNumberSchema,
});
export type CommentsLogFilter = z.infer<typeof commentsLogFilterSchema>;

/** The filters the page keeps in its links and its export (everything but the page number). */
export function commentsLogParams(filter: CommentsLogFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter((e): e is [string, string] => e[0] !== "page" && typeof e[1] === "string" && e[1] !== ""));
}

/**
 * The top-level comments (threads) the filter selects. `ignore` leaves one filter out: the counts
 * per status and per severity say what choosing each value would give with the other filters kept.
 */
function threadsWhere(modificationId: string, f: CommentsLogFilter, ignore?: "status" | "severity"): Prisma.CommentWhereInput {
  return {
    modificationId,
    parentId: null,
    ...(f.round ? { reviewRoundId: f.round } : {}),
    ...(f.committee ? { reviewRound: { committee: f.committee } } : {}),
    ...(f.requirement ? { requirement: { ref: f.requirement } } : {}),
    ...(f.organisation ? { authorOrganisationId: f.organisation } : {}),
    ...(f.severity && ignore !== "severity" ? { severity: f.severity } : {}),
    ...(f.status && ignore !== "status" ? statusWhere(f.status) : {}),
  };
}

function statusWhere(status: LogStatus): Prisma.CommentWhereInput {
  return status === "WITHDRAWN" ? { withdrawnAt: { not: null } } : { status, withdrawnAt: null };
}

/** What the log shows of a thread: one select, so a page of threads is one query per relation, never one per thread. */
const THREAD = {
  id: true,
  number: true,
  kind: true,
  quotedText: true,
  proposedWording: true,
  body: true,
  severity: true,
  status: true,
  disposition: true,
  dispositionReason: true,
  withdrawnAt: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { name: true } },
  authorOrganisation: { select: { name: true } },
  reviewRound: { select: { id: true, title: true, committee: true } },
  requirement: { select: { ref: true, version: true } },
  requirementVersion: { select: { version: true } },
  question: { select: { number: true, text: true } },
  addressedIn: { select: { requirementVersion: { select: { version: true } } } },
  // The response: the latest reply written in a role that responds to comments (comment.respond:
  // the Working Group, SECAS), as the reply recorded it, whatever role its author holds now.
  replies: {
    where: { withdrawnAt: null, authorRole: { in: rolesAllowed("comment.respond") } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 1,
    select: { body: true, createdAt: true, author: { select: { name: true } } },
  },
  _count: { select: { replies: true } },
} satisfies Prisma.CommentSelect;

type ThreadRow = Prisma.CommentGetPayload<{ select: typeof THREAD }>;

/** A thread as the log and its export show it. A withdrawn comment is a stub: marked, its words not shown. */
function toLogThread(c: ThreadRow) {
  const response = c.replies[0];
  const withdrawn = c.withdrawnAt !== null;
  return {
    id: c.id,
    number: c.number ?? 0,
    label: `C-${c.number}`,
    kind: c.kind,
    round: c.reviewRound,
    subject: c.requirement
      ? { kind: "requirement" as const, ref: c.requirement.ref, madeOnVersion: c.requirementVersion?.version ?? null, currentVersion: c.requirement.version }
      : c.question
        ? { kind: "question" as const, number: c.question.number, text: c.question.text }
        : { kind: "general" as const },
    quotedText: withdrawn ? null : c.quotedText,
    proposedWording: withdrawn ? null : c.proposedWording,
    body: withdrawn ? null : c.body,
    severity: c.severity,
    raisedBy: c.author.name,
    organisation: c.authorOrganisation?.name ?? null,
    response: response ? { body: response.body, by: response.author.name, at: response.createdAt } : null,
    replyCount: c._count.replies,
    status: c.status,
    withdrawnAt: c.withdrawnAt,
    disposition: c.disposition,
    dispositionReason: c.dispositionReason,
    addressedInVersions: c.addressedIn.map((a) => a.requirementVersion.version).sort((a, b) => a - b),
    raisedAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
export type LogThread = ReturnType<typeof toLogThread>;

/**
 * One page of a modification's comments log, in number order (C-1 first), with the counts per
 * status and severity and the lists the filters offer. A fixed number of queries whatever the
 * number of comments: a page of ids and the total, the counts and lists, then the page's threads.
 */
export async function findCommentsLog(db: DbOrTx, modificationId: string, filter: CommentsLogFilter) {
  const where = threadsWhere(modificationId, filter);
  const byStatus = threadsWhere(modificationId, filter, "status");
  const [ids, total, statuses, withdrawn, severities, rounds, organisations] = await Promise.all([
    db.comment.findMany({
      where,
      orderBy: { number: "asc" },
      skip: (filter.page - 1) * COMMENTS_LOG_PAGE_SIZE,
      take: COMMENTS_LOG_PAGE_SIZE,
      select: { id: true },
    }),
    db.comment.count({ where }),
    db.comment.groupBy({ by: ["status"], where: { ...byStatus, withdrawnAt: null }, _count: { _all: true }, orderBy: { status: "asc" } }),
    db.comment.count({ where: { ...byStatus, withdrawnAt: { not: null } } }),
    db.comment.groupBy({ by: ["severity"], where: threadsWhere(modificationId, filter, "severity"), _count: { _all: true }, orderBy: { severity: "asc" } }),
    db.reviewRound.findMany({ where: { modificationId }, orderBy: [{ opensAt: "asc" }, { id: "asc" }], select: { id: true, title: true, committee: true } }),
    db.organisation.findMany({
      where: { comments: { some: { modificationId, parentId: null } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const threads = ids.length
    ? await db.comment.findMany({ where: { id: { in: ids.map((c) => c.id) } }, orderBy: { number: "asc" }, select: THREAD })
    : [];
  const statusCounts = Object.fromEntries(LOG_STATUSES.map((s) => [s, 0])) as Record<LogStatus, number>;
  for (const s of statuses) statusCounts[s.status] = s._count._all;
  statusCounts.WITHDRAWN = withdrawn;
  const severityCounts = Object.fromEntries(Object.values(CommentSeverity).map((s) => [s, 0])) as Record<CommentSeverity, number>;
  for (const s of severities) if (s.severity) severityCounts[s.severity] = s._count._all;

  return {
    total,
    page: filter.page,
    pageCount: pageCountOf(total, COMMENTS_LOG_PAGE_SIZE),
    statusCounts,
    severityCounts,
    rounds,
    organisations,
    threads: threads.map(toLogThread),
  };
}
export type CommentsLogPage = Awaited<ReturnType<typeof findCommentsLog>>;

/** Every thread the filter selects (the export: no pages), in number order, in one query per relation. */
export async function findAllLogThreads(db: DbOrTx, modificationId: string, filter: CommentsLogFilter): Promise<LogThread[]> {
  const rows = await db.comment.findMany({ where: threadsWhere(modificationId, filter), orderBy: { number: "asc" }, select: THREAD });
  return rows.map(toLogThread);
}

/** Open threads (status Open, not withdrawn) per requirement of a modification, in one grouped query. */
export async function countOpenThreads(db: DbOrTx, modificationId: string): Promise<Map<string, number>> {
  const groups = await db.comment.groupBy({
    by: ["requirementId"],
    where: { modificationId, parentId: null, status: "OPEN", withdrawnAt: null, requirementId: { not: null } },
    _count: { _all: true },
    orderBy: { requirementId: "asc" },
  });
  return new Map(groups.flatMap((g) => (g.requirementId ? [[g.requirementId, g._count._all] as const] : [])));
}
