import "server-only";
import { can, type SignedInPrincipal } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_ACTIONS, AUDIT_EVENTS, type AuditAction } from "./events";

/**
 * The audit events `reader` may see, as a condition for the query (each kind's rule is in
 * events.ts; "allowed" is the permission matrix's answer). Put in the query rather than applied
 * to its results, so that totals, pages and the filter lists count only what the reader sees:
 * a hidden event's existence does not show through a count or a dropdown. Kinds not in the
 * registry (none are recorded) are never shown.
 */
export function visibleAuditEvents(reader: SignedInPrincipal | null): Prisma.AuditEventWhereInput {
  if (!reader || !can(reader, "audit.read")) return { id: { in: [] } };
  const whole: AuditAction[] = [];
  const flagged: Prisma.AuditEventWhereInput[] = [];
  for (const action of AUDIT_ACTIONS) {
    const rule = AUDIT_EVENTS[action].visibleTo;
    if (rule.to === "auditReaders" || can(reader, rule.permission)) whole.push(action);
    // Only an explicit `false` shows the event: a missing flag hides it, as a `true` one.
    else if (rule.to === "readersUnlessFlagged" && can(reader, rule.readers)) flagged.push({ action, after: { path: [rule.flag], equals: false } });
  }
  return { OR: [{ action: { in: whole } }, ...flagged] };
}
