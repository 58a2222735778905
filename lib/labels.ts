/** How the domain's enum values read on the page. */
import type {
  Committee,
  ConsultationKind,
  ConsultationStatus,
  CostBand,
  ImpactLevel,
  QuestionKind,
  RespondentCategory,
  ResponseStatus,
  DocumentKind,
  ModificationPath,
  OverviewSection,
  ModificationStage,
  NotificationPreference,
  PartyCategory,
  Position,
  RequirementStatus,
  Role,
  WindowStatus,
} from "@/lib/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = {
  SECAS: "SECAS",
  WORKING_GROUP: "Working Group member",
  DCC_ANALYST: "DCC analyst",
  REVIEWER: "Reviewer",
  PARTY_RESPONDENT: "Party respondent",
};

export const COMMITTEE_LABELS: Record<Committee, string> = { OPSG: "OPSG", TABASC: "TABASC", SSC: "SSC", CSC: "CSC", WORKING_GROUP: "Working Group" };

/** The committees a reviewer can sit on: the Working Group has its own role. */
export const REVIEWER_COMMITTEES = ["OPSG", "TABASC", "SSC", "CSC"] as const satisfies readonly Committee[];

export const PARTY_CATEGORY_LABELS: Record<PartyCategory, string> = {
  LARGE_SUPPLIER: "Large Supplier",
  SMALL_SUPPLIER: "Small Supplier",
  ELECTRICITY_NETWORK_PARTY: "Electricity Network Party",
  GAS_NETWORK_PARTY: "Gas Network Party",
  OTHER_SEC_PARTY: "Other SEC Party",
};

export const STAGE_LABELS: Record<ModificationStage, string> = {
  DEVELOPMENT: "Development Stage",
  REFINEMENT: "Refinement Process",
  REPORT: "Report Phase",
  DECISION: "Decision",
  // Approved and implemented (or scheduled into a release): the end of a modification that passed.
  IMPLEMENTATION: "Implemented",
  CLOSED: "Closed",
  WITHDRAWN: "Withdrawn",
  REJECTED: "Rejected",
};

/** The overview's sections, as the edit form and the history name them. */
export const OVERVIEW_SECTION_LABELS: Record<OverviewSection, string> = {
  SUMMARY: "Summary",
  ISSUE: "What is the issue?",
  SOLUTION: "What is the solution?",
  WHO_IS_IMPACTED: "Who is impacted?",
  DOCUMENTS_AFFECTED: "What SEC documents are affected?",
};

export const PATH_LABELS: Record<ModificationPath, string> = {
  PATH_1_AUTHORITY_LED: "Path 1: Authority-led",
  PATH_2_AUTHORITY_DETERMINATION: "Path 2: Authority Determination",
  PATH_3_SELF_GOVERNANCE: "Path 3: Self-Governance",
  FAST_TRACK: "Fast-Track",
};

export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = {
  DRAFT: "Draft",
  PROPOSED: "Proposed",
  AGREED: "Agreed",
  WITHDRAWN: "Withdrawn",
};

export const POSITION_LABELS: Record<Position, string> = { AGREE: "Agree", DISAGREE: "Disagree", NEUTRAL: "Neutral", YES: "Yes", NO: "No", SUPPORT: "Support", OPPOSE: "Oppose" };

export const CONSULTATION_KIND_LABELS: Record<ConsultationKind, string> = { REFINEMENT: "Refinement Consultation", MODIFICATION_REPORT: "Modification Report Consultation" };

export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = { PLANNED: "Planned", OPEN: "Open", CLOSED: "Closed", COLLATED: "Collated", PUBLISHED: "Published" };

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  AGREE_DISAGREE: "Agree / disagree / neutral, with a rationale",
  YES_NO: "Yes / no, with a rationale",
  FREE_TEXT: "Free text",
  PER_REQUIREMENT: "Support / oppose / neutral for each requirement",
  PARTY_IMPACT: "Your organisation's impact: cost, lead time, level",
};

/** In the order collation tables and charts show them. */
export const RESPONDENT_CATEGORY_LABELS: Record<RespondentCategory, string> = {
  LARGE_SUPPLIER: "Large Supplier",
  SMALL_SUPPLIER: "Small Supplier",
  ELECTRICITY_NETWORK_PARTY: "Electricity Network Party",
  GAS_NETWORK_PARTY: "Gas Network Party",
  OTHER_SEC_PARTY: "Other SEC Party",
  DCC: "DCC",
  CONSUMER_BODY: "Consumer body",
};

export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, string> = { DRAFT: "Draft", SUBMITTED: "Submitted", WITHDRAWN: "Withdrawn" };

export const COST_BAND_LABELS: Record<CostBand, string> = {
  NONE: "No cost",
  UNDER_10K: "Under £10,000",
  FROM_10K_TO_100K: "£10,000 to £100,000",
  FROM_100K_TO_1M: "£100,000 to £1 million",
  OVER_1M: "Over £1 million",
};

export const IMPACT_LEVEL_LABELS: Record<ImpactLevel, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" };

export const NOTIFICATION_PREFERENCE_LABELS: Record<NotificationPreference, string> = { EACH: "An email for each event", DAILY_DIGEST: "A daily digest", NONE: "No email" };

export const WINDOW_STATUS_LABELS: Record<WindowStatus, string> = { PLANNED: "Planned", OPEN: "Open", CLOSED: "Closed" };

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  PROBLEM_STATEMENT: "Problem Statement",
  INITIAL_FEEDBACK_PAPER: "Initial feedback paper",
  BUSINESS_REQUIREMENTS: "Business Requirements",
  DCC_PRELIMINARY_ASSESSMENT: "DCC Preliminary Assessment",
  DCC_IMPACT_ASSESSMENT: "DCC Impact Assessment",
  WORKING_GROUP_SUMMARY: "Working Group summary",
  CONSULTATION: "Consultation",
  COLLATED_RESPONSES: "Collated responses",
  MODIFICATION_REPORT: "Modification Report",
  LEGAL_TEXT: "Legal text",
  CHANGE_BOARD_VOTE: "Change Board vote",
  DECISION_LETTER: "Decision letter",
  OTHER: "Document",
};

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

export const formatDate = (date: Date) => DATE.format(date);
export const formatDateTime = (date: Date) => DATE_TIME.format(date);
/** "received 3 Jun 2022, 17:00", said of a late consultation response: whoever weighs it needs when it arrived, not only that it was late. */
export const receivedText = (submittedAt: Date | null) => (submittedAt ? `received ${formatDateTime(submittedAt)}` : "received after the close");
