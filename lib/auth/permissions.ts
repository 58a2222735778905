import { Role } from "@/lib/generated/prisma/enums";

/**
 * Who may do what: the one permission matrix. Every page and every mutation asks `can`.
 * A principal is a signed-in user's role, or VISITOR for someone not signed in.
 * Anything not listed here — an unknown action, an unknown or missing role — is refused.
 */
export const VISITOR = "VISITOR";
export type Principal = Role | typeof VISITOR;

const { SECAS, WORKING_GROUP, DCC_ANALYST, REVIEWER, PARTY_RESPONDENT } = Role;
const SIGNED_IN = [SECAS, WORKING_GROUP, DCC_ANALYST, REVIEWER, PARTY_RESPONDENT] as const;
const EVERYONE = [VISITOR, ...SIGNED_IN] as const;
/** Reviewers read everything that is not confidential; DCC analysts and the Working Group do as reviewers do. */
const REVIEWERS_AND_ABOVE = [SECAS, WORKING_GROUP, DCC_ANALYST, REVIEWER] as const;
const EDITORS = [SECAS, WORKING_GROUP] as const;

export const PERMISSIONS = {
  // published material: anyone
  "register.read": EVERYONE,
  "modification.readOverview": EVERYONE,
  "report.readPublished": EVERYONE,
  "consultation.readCollated": EVERYONE,
  // drafts: signed-in participants
  "requirement.read": SIGNED_IN,
  "serviceRequest.read": SIGNED_IN,
  "report.readDraft": SIGNED_IN,
  "impact.read": REVIEWERS_AND_ABOVE,
  "comment.read": REVIEWERS_AND_ABOVE,
  "audit.read": REVIEWERS_AND_ABOVE,
  // requirements work
  "requirement.create": EDITORS,
  "requirement.edit": EDITORS,
  "requirement.propose": EDITORS,
  "requirement.withdraw": EDITORS,
  "requirement.link": EDITORS,
  /** Only SECAS records that the Working Group agreed a requirement. */
  "requirement.agree": [SECAS],
  "serviceRequest.edit": EDITORS,
  "baseline.create": EDITORS,
  // review
  "comment.create": REVIEWERS_AND_ABOVE,
  "comment.answer": EDITORS,
  "comment.resolve": EDITORS,
  // impacts and consultations
  "impact.writeDcc": [SECAS, DCC_ANALYST],
  "impact.writeParty": [SECAS, PARTY_RESPONDENT],
  "consultation.respond": [PARTY_RESPONDENT],
  "consultation.readConfidential": [SECAS],
  // running the process
  "modification.manage": [SECAS],
  "reviewRound.manage": [SECAS],
  "consultation.manage": [SECAS],
  "report.draft": [SECAS],
  "report.publish": [SECAS],
  "user.manage": [SECAS],
  /** One's own account: its sessions ("sign out everywhere"). */
  "account.manage": SIGNED_IN,
} as const satisfies Record<string, readonly Principal[]>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];
export const PRINCIPALS: readonly Principal[] = EVERYONE;

/** Fails closed: a role or action the matrix does not know is refused. */
export function can(principal: string | null | undefined, action: string): boolean {
  if (!principal || !Object.hasOwn(PERMISSIONS, action)) return false;
  return (PERMISSIONS[action as Action] as readonly string[]).includes(principal);
}
