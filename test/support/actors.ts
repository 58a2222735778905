import { findActiveUser, type CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { Committee, Role } from "@/lib/generated/prisma/enums";
import { ensureAccounts } from "@/lib/seed/accounts";

let counter = 0;

/** A signed-in user of the given role, uniquely named, as the app would see them. */
export async function createActor(role: Role, committee?: Committee): Promise<CurrentUser> {
  const email = `${role.toLowerCase()}-${process.pid}-${++counter}@example.com`;
  await ensureAccounts(db(), [{ email, name: `Test ${role} ${counter}`, role, committee: role === "REVIEWER" ? (committee ?? "OPSG") : undefined, organisation: "Kestrel Power" }], { password: "test-password-123" });
  const { id } = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return (await findActiveUser(id))!;
}
