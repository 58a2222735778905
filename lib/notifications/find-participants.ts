import "server-only";
import { rolesAllowed } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db";
import type { Participant } from "./find-mentions";

/** Who may be @mentioned in review material: active accounts of the roles that read comments. */
export async function findParticipants(db: DbOrTx): Promise<Participant[]> {
  return db.user.findMany({
    where: { disabled: false, role: { in: rolesAllowed("comment.read") } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}
