import type { DbOrTx } from "@/lib/db";
import type { Committee } from "@/lib/generated/prisma/enums";

/** The active members of a committee: its reviewers, or every Working Group member for the Working Group's own rounds. */
export async function findCommitteeMembers(db: DbOrTx, committee: Committee): Promise<string[]> {
  const where = committee === "WORKING_GROUP" ? { role: "WORKING_GROUP" as const } : { role: "REVIEWER" as const, committee };
  return (await db.user.findMany({ where: { ...where, disabled: false }, select: { id: true } })).map((u) => u.id);
}
