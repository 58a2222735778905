import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import type { UserAccess } from "./schemas";

const ACCESS_FIELDS = { name: true, role: true, committee: true, organisationId: true, disabled: true, version: true } as const;

/**
 * SECAS changes an account's role, committee, organisation or status. The edit names the version it
 * started from: if someone else changed the account meanwhile, nothing is written and CONFLICT says
 * who (update-at-version.ts).
 * Takes effect at the user's next request (sessions re-read the user row); a change of role, committee
 * or organisation, or disabling, also ends the user's open sessions (a database trigger, same transaction).
 */
export async function updateUserAccess(
  db: Db,
  actor: CurrentUser | null,
  { userId, expectedVersion, access }: { userId: string; expectedVersion: number; access: UserAccess },
): Promise<void> {
  requirePermission(actor, "user.manage");
  if (userId === actor.id && (access.disabled || access.role !== "SECAS")) {
    throw new AppError("VALIDATION", "You cannot disable your own account or give up your own SECAS role: ask another SECAS user.");
  }
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: ACCESS_FIELDS });
    if (!before) throw new AppError("NOT_FOUND", "That account no longer exists.");
    const data = {
      role: access.role,
      committee: access.committee ?? null,
      organisationId: access.organisationId ?? null,
      disabled: access.disabled,
    };
    const { name, ...accessBefore } = before;
    const { version } = await updateAtVersion(tx, "User", { id: userId, expectedVersion, data, what: `${name}'s account` });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.accessChanged",
      entityType: "User",
      entityId: userId,
      before: accessBefore,
      after: { ...data, version },
    });
  });
}
