import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Committee } from "@/lib/generated/prisma/enums";
import { COMMITTEE_LABELS, formatDateTime } from "@/lib/labels";
import { modificationPath } from "@/lib/modifications/refs";
import { findCommitteeMembers } from "./find-committee-members";
import { notify } from "./notify";

type Round = { id: string; modificationId: string; committee: Committee; title: string; closesAt: Date };

/** A round has opened: its committee's members are told, in the transaction that opened it. */
export async function notifyRoundOpened(tx: Prisma.TransactionClient, actorId: string | null, round: Round) {
  const modification = await tx.modification.findUniqueOrThrow({ where: { id: round.modificationId }, select: { draftRef: true } });
  return notify(tx, {
    userIds: await findCommitteeMembers(tx, round.committee),
    actorId,
    kind: "ROUND_OPENED",
    modificationId: round.modificationId,
    link: modificationPath(modification, "reviews", round.id),
    text: `${modification.draftRef}: the ${COMMITTEE_LABELS[round.committee]} review round "${round.title}" is open until ${formatDateTime(round.closesAt)}`,
    dedupeKey: `round-opened:${round.id}`,
  });
}
