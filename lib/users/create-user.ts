import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NewUser } from "./schemas";
import { isUniqueViolation, isForeignKeyViolation } from "@/lib/database-errors";

/** SECAS adds an account; the audit event records it without the password. */
export async function createUser(db: Db, actor: CurrentUser | null, input: NewUser): Promise<{ id: string }> {
  requirePermission(actor, "user.manage");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          passwordHash,
          role: input.role,
          committee: input.committee ?? null,
          organisationId: input.organisationId ?? null,
          disabled: input.disabled,
        },
        select: { id: true, name: true, email: true, role: true, committee: true, organisationId: true, disabled: true },
      });
      await recordAuditEvent(tx, { actorId: actor.id, action: "user.created", entityType: "User", entityId: user.id, after: user });
      return { id: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists.", { email: ["An account with this email already exists"] });
    }
    if (isForeignKeyViolation(error)) {
      throw new AppError("VALIDATION", "That organisation does not exist.", { organisationId: ["Choose an organisation from the list"] });
    }
    throw error;
  }
}
