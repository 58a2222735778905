import "server-only";
import { AppError } from "@/lib/errors";
import type { OrganisationKind, PartyCategory, RespondentCategory } from "@/lib/generated/prisma/enums";

/**
 * Who a response speaks for, from its organisation: a SEC Party's Party Category, the DCC, or a
 * consumer body. SECAS and the regulator do not respond, nor does a party with no category.
 */
export function respondentCategoryOf(organisation: { name: string; kind: OrganisationKind; partyCategory: PartyCategory | null }): RespondentCategory {
  if (organisation.kind === "SEC_PARTY" && organisation.partyCategory) return organisation.partyCategory;
  if (organisation.kind === "DCC") return "DCC";
  if (organisation.kind === "CONSUMER_REPRESENTATIVE") return "CONSUMER_BODY";
  throw new AppError(
    "VALIDATION",
    organisation.kind === "SEC_PARTY"
      ? `${organisation.name} has no Party Category yet: SECAS must set one before it can respond.`
      : `${organisation.name} does not respond to consultations: responses come from SEC Parties, the DCC and consumer bodies.`,
  );
}
