import "server-only";
import { z } from "zod";
import { firstValue, pageNumberSchema, pageCountOf } from "@/lib/validation/address";
import { plainText } from "@/lib/validation/text";
import type { SignedInPrincipal } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actionLabel, describeChanges } from "./describe-changes";
import { AUDIT_EVENTS, isAuditAction } from "./events";
import { visibleAuditEvents } from "./visibility";

export const AUDIT_PAGE_SIZE = 50;

const optionalText = (max: number) =>
  z.preprocess(firstValue, plainText(z.string().trim().max(max)).optional())
    .transform((v) => v || undefined)
    .catch(undefined);
/**
 * A real day (not 2026-02-30) in the years the portal can have events in. Checked without
 * throwing: zod runs this even after the pattern failed, and 99999-12-31 used to throw a RangeError.
 */
function isDay(value: string): boolean {
  if (!/^(19[7-9]\d|2\d{3})-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(value);
}
const isoDay = z.preprocess(firstValue, z.string().refine(isDay).optional()).catch(undefined);

/** The filters of the audit page, from its address. A value that makes no sense is ignored rather than an error. */
export const auditFilterSchema = z.object({
  actor: optionalText(64),
  action: optionalText(100),
  from: isoDay,
  to: isoDay,
  page: pageNumberSchema,
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The filters the page shows in its form and keeps in its links (everything but the page number). */
export function filterParams({ actor, action, from, to }: AuditFilter): Record<string, string> {
  return Object.fromEntries(Object.entries({ actor, action, from, to }).filter((e): e is [string, string] => Boolean(e[1])));
}

/**
 * A modification's audit events that `reader` may see (visibility.ts), newest first, one page at a
 * time, with the people and kinds of change that occur in them (for the filter lists). Six queries
 * at most, whatever the number of events.
 */
export async function findAuditEvents(db: DbOrTx, reader: SignedInPrincipal | null, modificationId: string, filter: AuditFilter) {
  // Every query below starts from this: what the reader may not see counts nowhere.
  const visible: Prisma.AuditEventWhereInput = { modificationId, ...visibleAuditEvents(reader) };
  const where: Prisma.AuditEventWhereInput = {
    ...visible,
    ...(filter.actor ? { actorId: filter.actor } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    createdAt: {
      ...(filter.from ? { gte: startOfLondonDay(filter.from) } : {}),
      ...(filter.to ? { lt: startOfLondonDay(nextDay(filter.to)) } : {}),
    },
  };
  const [rows, total, actors, actions, areas, baselines] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actorId: true },
    }),
    db.auditEvent.count({ where }),
    // everyone who changed this modification: the person filter's list, and the names on the page
    db.user.findMany({ where: { auditEvents: { some: visible } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.auditEvent.groupBy({ by: ["action"], where: visible, orderBy: { action: "asc" } }),
    db.requirementArea.findMany({ where: { modificationId }, select: { id: true, title: true } }),
    // a review round's scope is a baseline: named, not shown as an id
    db.baseline.findMany({ where: { modificationId }, select: { id: true, name: true } }),
  ]);
  // Requirements are named by reference: one query for those on this page.
  const requirementIds = rows.filter((e) => isRequirement(e.entityType)).map((e) => e.entityId);
  const requirements = requirementIds.length
    ? await db.requirement.findMany({ where: { modificationId, id: { in: requirementIds } }, select: { id: true, ref: true } })
    : [];
  const refs = new Map(requirements.map((r) => [r.id, r.ref]));
  const names = new Map([...areas.map((a) => [a.id, a.title] as const), ...baselines.map((b) => [b.id, b.name] as const), ...refs]);
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));

  return {
    total,
    page: filter.page,
    pageCount: pageCountOf(total, AUDIT_PAGE_SIZE),
    actors,
    actions: actions.map((a) => ({ value: a.action, label: actionLabel(a.action) })),
    events: rows.map((e) => ({
      id: e.id.toString(),
      createdAt: e.createdAt,
      actorName: e.actorId ? (actorNames.get(e.actorId) ?? null) : null,
      action: actionLabel(e.action),
      entity: entityName(e, refs),
      requirementRef: isRequirement(e.entityType) ? (refs.get(e.entityId) ?? null) : null,
      changes: describeChanges(e.action, e.before, e.after, names),
    })),
  };
}

export type AuditEventPage = Awaited<ReturnType<typeof findAuditEvents>>;
export type AuditEventRow = AuditEventPage["events"][number];

const isRequirement = (entityType: string) => entityType === "Requirement";

/** "Requirement BR-07": what the event is about (its kind's subject), with its reference where known. */
function entityName(e: { action: string; entityType: string; entityId: string; before: Prisma.JsonValue; after: Prisma.JsonValue }, refs: Map<string, string>) {
  const subject = isAuditAction(e.action) ? AUDIT_EVENTS[e.action].subject : e.entityType;
  const ref = refs.get(e.entityId) ?? refField(e.after) ?? refField(e.before);
  return ref ? `${subject} ${ref}` : subject;
}

function refField(value: Prisma.JsonValue): string | null {
  const ref = value && typeof value === "object" && !Array.isArray(value) ? value.ref : null;
  return typeof ref === "string" ? ref : null;
}

/**
 * Dates on the page are London dates, so a day starts at London midnight. The UK changes its clocks
 * at 01:00 UTC, so the offset in force at 00:00 UTC of a date is the one of its London midnight.
 */
export function startOfLondonDay(isoDate: string): Date {
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`);
  const zone = LONDON_OFFSET.formatToParts(utcMidnight).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(zone) ?? [, "+", "00", "00"];
  const offsetMinutes = (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  return new Date(utcMidnight.getTime() - offsetMinutes * 60_000);
}

const LONDON_OFFSET = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "longOffset" });

function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
