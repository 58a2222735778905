import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { raiseDraftProposal } from "@/lib/modifications/raise-draft-proposal";

/** What a raise form sends, for modification `number` (or the next free one): override any field. */
export async function draftProposalFields(overrides: Record<string, unknown> = {}) {
  const proposer = await db().organisation.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true } });
  return {
    title: "Half-hourly settlement reads for the MDR role",
    proposerId: proposer.id,
    issue: "Meter Data Retrievers cannot read **half-hourly** data.",
    path: "PATH_2_AUTHORITY_DETERMINATION",
    urgent: "",
    raisedOn: "2026-11-02",
    ...overrides,
  };
}

/** A Draft Proposal raised by `secas`: its id, number and DP reference. */
export async function raiseTestProposal(secas: CurrentUser, overrides: Record<string, unknown> = {}) {
  return raiseDraftProposal(db(), secas, await draftProposalFields(overrides));
}

/** The modification's version, for the next version-checked command. */
export async function modificationVersion(id: string): Promise<number> {
  return (await db().modification.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}
