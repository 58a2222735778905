import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import { ORGANISATIONS, type AccountSeed } from "./participants";

export async function ensureOrganisations(db: Db): Promise<Map<string, string>> {
  await db.organisation.createMany({
    data: ORGANISATIONS.map((o) => ({ name: o.name, kind: o.kind, partyCategory: o.partyCategory ?? null })),
    skipDuplicates: true,
  });
  const rows = await db.organisation.findMany({ select: { id: true, name: true } });
  return new Map(rows.map((o) => [o.name, o.id]));
}

/**
 * Creates the accounts that do not exist yet; an existing account is left exactly as it is
 * (its password, role or status may have been changed since). Shared by the seed and the tests.
 */
export async function ensureAccounts(
  db: Db,
  accounts: AccountSeed[],
  { password, disabled = false }: { password: string; disabled?: boolean },
): Promise<void> {
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: accounts.map((a) => a.email) } }, select: { email: true } })).map((u) => u.email),
  );
  const missing = accounts.filter((a) => !existing.has(a.email));
  if (missing.length === 0) return;
  const organisationIds = await ensureOrganisations(db);
  const passwordHash = await hashPassword(password);
  await db.user.createMany({
    data: missing.map((a) => ({
      email: a.email,
      name: a.name,
      role: a.role,
      committee: a.committee ?? null,
      organisationId: organisationIds.get(a.organisation) ?? null,
      passwordHash,
      disabled,
    })),
    skipDuplicates: true,
  });
}
