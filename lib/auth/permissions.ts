import { Role } from "@/lib/generated/prisma/enums";
import type { Committee, ConsultationStatus, WindowStatus } from "@/lib/generated/prisma/enums";

/**
 * Who may do what: the one permission matrix. Every page and every mutation asks `can`.
 * A principal is a signed-in user (their role, committee and organisation — a CurrentUser is one),
 * or VISITOR for someone not signed in. A rule is either the list of roles allowed, or a function
 * of the principal and the resource acted on (a round's committee and status, a response's
 * organisation). Anything the matrix cannot decide is refused: an unknown action, a missing or
 * unknown principal, a resource rule asked without its resource or with one it cannot read.
 */
export const VISITOR = "VISITOR";
export type PrincipalKind = Role | typeof VISITOR;
/** `id`: the account, where known (a CurrentUser is one) — rules about one's own comment compare it; without it nothing is one's own. */
export type SignedInPrincipal = { id?: string; role: Role; committee: Committee | null; organisationId: string | null };
export type Principal = SignedInPrincipal | typeof VISITOR;

/** What the resource rules read. Rows are loaded by the command (through their modification) before it asks. */
export type Resources = {
  /** A comment (or a reply) in a review round. */
  "comment.create": { round: { committee: Committee; status: WindowStatus } };
  /** A reply in a thread of the round. (A thread of no round, from before rounds, takes replies from those who may respond.) */
  "comment.reply": { round: { committee: Committee; status: WindowStatus } };
  /** Editing or withdrawing one's own comment, while its round is open. */
  "comment.editOwn": { authorId: string; round: { status: WindowStatus } | null };
  "comment.withdrawOwn": { authorId: string; round: { status: WindowStatus } | null };
  /** Reopening a resolved or responded thread: its author or SECAS. */
  "comment.reopen": { authorId: string };
  /** Drafting, submitting or withdrawing the response of `organisationId` to a consultation. */
  "consultation.respond": { organisationId: string; consultation: { status: ConsultationStatus } };
  /** A party's own impact, recorded for `organisationId`. */
  "impact.writeParty": { organisationId: string };

  // consultation responses: add resources below
  /** Reading the response of `organisationId` (its own material, confidential answers included): that organisation's respondents, and SECAS. */
  "consultation.readOwnResponse": { organisationId: string };

  // collation and publishing: add resources below

  // DCC impact assessments: add resources below

  // Modification Reports and Change Board: add resources below
};
type ResourceRule<R> = (principal: Principal, resource: R) => boolean;

const { SECAS, WORKING_GROUP, DCC_ANALYST, REVIEWER, PARTY_RESPONDENT } = Role;
const SIGNED_IN = [SECAS, WORKING_GROUP, DCC_ANALYST, REVIEWER, PARTY_RESPONDENT] as const;
const EVERYONE = [VISITOR, ...SIGNED_IN] as const;
/** Reviewers read everything that is not confidential; DCC analysts and the Working Group do as reviewers do. */
const REVIEWERS_AND_ABOVE = [SECAS, WORKING_GROUP, DCC_ANALYST, REVIEWER] as const;
const EDITORS = [SECAS, WORKING_GROUP] as const;
/** Who may comment in an open round of any committee; a reviewer only in their own committee's. */
const ANY_ROUND = [SECAS, WORKING_GROUP, DCC_ANALYST] as const;
/** Who may read any organisation's consultation response, not only their own. */
const ANY_RESPONSE_READERS = [SECAS] as const;

const signedIn = (p: Principal): p is SignedInPrincipal => p !== VISITOR;
const isOneOf = (p: Principal, roles: readonly Role[]) => signedIn(p) && roles.includes(p.role);
/** A reviewer of `committee` (never a reviewer without one). */
const reviewerOf = (p: Principal, committee: Committee) => signedIn(p) && p.role === REVIEWER && p.committee !== null && p.committee === committee;
/** The author of a comment, by account id (never when the principal's id is unknown). */
const isAuthor = (p: Principal, authorId: string) => signedIn(p) && named(p.id) && p.id === authorId;
/** May post in this round: open, and of any committee for SECAS, the Working Group and the DCC analyst, else the reviewer's own. */
const mayPostIn = (p: Principal, round: { committee: Committee; status: WindowStatus }) => round.status === "OPEN" && (isOneOf(p, ANY_ROUND) || reviewerOf(p, round.committee));
const named = (id: unknown): id is string => typeof id === "string" && id !== "";
/** A party respondent acting for their own organisation (never when either side has none). */
const ownOrganisation = (p: Principal, organisationId: string) => signedIn(p) && p.role === PARTY_RESPONDENT && named(organisationId) && p.organisationId === organisationId;

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
  /** Party respondents and visitors see no review material. */
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
  /** Only while the round is open: a reviewer in their own committee's rounds; the Working Group, SECAS and the DCC analyst in any. */
  "comment.create": ((p, { round }) => mayPostIn(p, round)) satisfies ResourceRule<Resources["comment.create"]>,
  /** As for a comment; the Working Group and SECAS reply in any thread, also once its round has closed (they respond after it). */
  "comment.reply": ((p, { round }) => typeof round?.status === "string" && (isOneOf(p, EDITORS) || mayPostIn(p, round))) satisfies ResourceRule<Resources["comment.reply"]>,
  /** The author, while the round is open; never someone else (SECAS changes severity, with a reason, instead). */
  "comment.editOwn": ((p, { authorId, round }) => round?.status === "OPEN" && isAuthor(p, authorId)) satisfies ResourceRule<Resources["comment.editOwn"]>,
  "comment.withdrawOwn": ((p, { authorId, round }) => round?.status === "OPEN" && isAuthor(p, authorId)) satisfies ResourceRule<Resources["comment.withdrawOwn"]>,
  /** A response (a reply that marks the thread Responded) and a disposition: the Working Group or SECAS. */
  "comment.respond": EDITORS,
  "comment.resolve": EDITORS,
  "comment.reopen": ((p, { authorId }) => named(authorId) && (isOneOf(p, [SECAS]) || isAuthor(p, authorId))) satisfies ResourceRule<Resources["comment.reopen"]>,
  /** The reviewer sets the severity; only SECAS changes it afterwards, with a reason. */
  "comment.changeSeverity": [SECAS],
  // impacts and consultations
  "impact.writeDcc": [SECAS, DCC_ANALYST],
  /** A party records its own organisation's impact; SECAS may record it for any. */
  "impact.writeParty": ((p, { organisationId }) => named(organisationId) && (isOneOf(p, [SECAS]) || ownOrganisation(p, organisationId))) satisfies ResourceRule<Resources["impact.writeParty"]>,
  /** A party respondent, for their own organisation's response, only while the consultation is open. */
  "consultation.respond": ((p, { organisationId, consultation }) =>
    consultation?.status === "OPEN" && ownOrganisation(p, organisationId)) satisfies ResourceRule<Resources["consultation.respond"]>,
  /** SECAS enters a response received by email, recorded as entered on the organisation's behalf. */
  "consultation.respondOnBehalf": [SECAS],
  "consultation.readConfidential": [SECAS],
  /** Consultations not yet published (planned, open, closed, collated): anyone signed in. A visitor sees the published ones only (consultation.readCollated). */
  "consultation.read": SIGNED_IN,

  // consultation responses: add rules below
  /** Any organisation's response, drafts included (and, in the audit log, a draft's saved answers): SECAS. */
  "consultation.readAnyResponse": ANY_RESPONSE_READERS,
  /** A party respondent reads their own organisation's response, at any time (read-only once closed); SECAS reads any organisation's. */
  "consultation.readOwnResponse": ((p, { organisationId }) => named(organisationId) && (isOneOf(p, ANY_RESPONSE_READERS) || ownOrganisation(p, organisationId))) satisfies ResourceRule<
    Resources["consultation.readOwnResponse"]
  >,

  // collation and publishing: add rules below
  /** The collation page (every answer's tallies, rationales, the heat table): SECAS and the Working Group; confidential text stays SECAS's (readConfidential). */
  "consultation.readCollation": EDITORS,
  /** Tagging answers with themes, writing the question summaries, collating a closed consultation. */
  "consultation.collate": [SECAS],
  "consultation.publishCollation": [SECAS],

  // DCC impact assessments: add rules below
  /** SECAS asks the DCC for a Preliminary or Impact Assessment (recording its versions is impact.writeDcc). */
  "impact.requestDcc": [SECAS],
  /**
   * The DCC's current figures (totals, lead time, earliest release, change since the previous
   * assessment) on the public overview: DCC Preliminary and Impact Assessments are published with
   * the modification's papers. The assessments themselves (every version, assumptions, systems)
   * and the party impacts are impact.read.
   */
  "impact.readDccSummary": EVERYONE,

  // modification lifecycle: add rules below

  // Modification Reports: add rules below

  // Change Board: add rules below
  /** The Change Board's meetings, votes and decisions are published with the report: anyone reads them (open meetings: SECAS only, see the page). */
  "changeBoard.read": EVERYONE,
  /** SECAS records meetings, members' votes, closes meetings and records decisions. */
  "changeBoard.manage": [SECAS],

  // running the process
  "modification.manage": [SECAS],
  "reviewRound.manage": [SECAS],
  "consultation.manage": [SECAS],
  "report.draft": [SECAS],
  "report.publish": [SECAS],
  "user.manage": [SECAS],
  /** One's own account: its sessions ("sign out everywhere"), how one hears of notifications. */
  "account.manage": SIGNED_IN,
  /** One's own inbox: reading and marking one's own notifications (a command finds only the actor's own rows). */
  "notification.readOwn": SIGNED_IN,
} as const satisfies Record<string, readonly PrincipalKind[] | ResourceRule<never>>;

export type Action = keyof typeof PERMISSIONS;
export type ResourceAction = keyof Resources;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];
export const PRINCIPAL_KINDS: readonly PrincipalKind[] = EVERYONE;

/** The resource an action's rule needs: required for a resource rule, nothing for a list of roles. */
export type ResourceArgs<A extends Action> = A extends ResourceAction ? [resource: Resources[A]] : [resource?: undefined];

/**
 * Fails closed: refused unless the matrix knows the action, the principal is VISITOR or has a known
 * role, and — for a resource rule — a resource is given and the rule allows it.
 */
export function can<A extends Action>(principal: Principal | null | undefined, action: A, ...[resource]: ResourceArgs<A>): boolean;
export function can(principal: unknown, action: string, resource?: unknown): boolean {
  const kind = kindOf(principal);
  if (!kind || !Object.hasOwn(PERMISSIONS, action)) return false;
  const rule = PERMISSIONS[action as Action] as readonly string[] | ResourceRule<unknown>;
  if (typeof rule !== "function") return rule.includes(kind);
  if (resource === null || typeof resource !== "object") return false;
  try {
    return rule(principal as Principal, resource) === true;
  } catch {
    return false; // a resource of the wrong shape is refused, not an error page
  }
}

/** The roles an action is granted to by role alone: for a query that lists people (who may be @mentioned, whose reply is a response). */
export function rolesAllowed(action: Exclude<Action, ResourceAction>): Role[] {
  return (PERMISSIONS[action] as readonly PrincipalKind[]).filter((kind): kind is Role => kind !== VISITOR);
}

/** VISITOR, a known role, or null for anything else (an unknown role, a string, a malformed object). */
function kindOf(principal: unknown): PrincipalKind | null {
  if (principal === VISITOR) return VISITOR;
  if (principal === null || typeof principal !== "object" || !Object.hasOwn(principal, "role")) return null;
  const { role } = principal as { role: unknown };
  return (SIGNED_IN as readonly unknown[]).includes(role) ? (role as Role) : null;
}
