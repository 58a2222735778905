import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { NotificationPreference } from "@/lib/generated/prisma/enums";

export const notificationPreferenceSchema = z.object({
  preference: z.enum(NotificationPreference, "Choose how you want to hear of notifications"),
});

/**
 * The signed-in user chooses how they hear of notifications beyond the inbox: an email for each
 * event, a daily digest, or none. Their own account only; audited. Not version-checked: it is
 * theirs alone and the last choice is the one meant (the account's version, which SECAS's access
 * edits check, is left alone).
 */
export async function updateNotificationPreference(db: Db, actor: CurrentUser | null, input: z.infer<typeof notificationPreferenceSchema>): Promise<void> {
  requirePermission(actor, "account.manage");
  const parsed = notificationPreferenceSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues[0]!.message);
  const { preference } = parsed.data;
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { notificationPreference: true } });
    if (user.notificationPreference === preference) return;
    await tx.user.update({ where: { id: actor.id }, data: { notificationPreference: preference } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.notificationPreferenceChanged",
      entityType: "User",
      entityId: actor.id,
      before: { notificationPreference: user.notificationPreference },
      after: { notificationPreference: preference },
    });
  });
}
