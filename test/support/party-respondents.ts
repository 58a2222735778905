import { findActiveUser, type CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { ensureAccounts } from "@/lib/seed/accounts";

let counter = 0;

/** A party respondent of `organisation` (by name; the seed's organisations), uniquely named, as the app would see them. */
export async function createPartyRespondent(organisation: string): Promise<CurrentUser> {
  const email = `party-${process.pid}-${++counter}@example.com`;
  await ensureAccounts(db(), [{ email, name: `Test respondent ${counter}`, role: "PARTY_RESPONDENT", organisation }], { password: "test-password-123" });
  const { id } = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return (await findActiveUser(id))!;
}
