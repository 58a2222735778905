import type { Prisma } from "@/lib/generated/prisma/client";
import type { CostBand, ImpactLevel, Position, QuestionKind, RespondentCategory } from "@/lib/generated/prisma/enums";
import { londonInstant } from "@/lib/dates/london";
import { REVIEW_SCOPE_BASELINE } from "./dp162";
import { IMPORT_ACCOUNT } from "./participants";

/*
 * DP162's Refinement Consultation, closed, collated and published, with 8 ILLUSTRATIVE responses
 * (fictional organisations, invented words) across the Party Categories: one confidential as a
 * whole, one with a confidential answer, one late. The window's dates are not confirmed by any
 * public source (the milestone "around 1 June 2022" is marked unconfirmed too). The responses are
 * entered as SECAS enters responses received by email (by the seed's own disabled account).
 */

const TITLE = "DP162 Refinement Consultation";
const INTRODUCTION = `> **Illustrative content.** This consultation's dates are not confirmed, and its responses, organisations, themes and summaries are invented to demonstrate the portal. They are not the views of any real party.

SECAS asked SEC Parties, the DCC and consumer bodies for their views on the proposed solution for DP162: a new Metering Data Retrieval (MDR) User Role, its Service Requests, and the business requirements as drafted.`;

type QuestionSeed = { text: string; kind: QuestionKind; summary: string };
const QUESTIONS: QuestionSeed[] = [
  {
    kind: "AGREE_DISAGREE",
    text: "Do you agree with the proposed solution: a new Metering Data Retrieval User Role in the SEC?",
    summary: "Most respondents agreed with a new User Role (illustrative). Those who disagreed asked whether an existing role could be extended instead, and for the costs to be shown before a decision.",
  },
  {
    kind: "YES_NO",
    text: "Should MDR Users be limited to reading Service Requests, with no configuration or control Service Requests?",
    summary: "Respondents broadly supported a read-only role (illustrative); a network party asked for the limit to be reviewed once the role has bedded in.",
  },
  { kind: "PER_REQUIREMENT", text: "Do you support each business requirement as drafted?", summary: "Support was strongest for the role and eligibility requirements; the Target Response Times and anomaly thresholds drew the most comments (illustrative)." },
  { kind: "PARTY_IMPACT", text: "What would the impact of the solution on your organisation be?", summary: "Impacts reported ranged from none to high; the DCC and the MDR service providers expect the largest changes (illustrative)." },
  { kind: "FREE_TEXT", text: "Do you have any other comments?", summary: "Comments asked for early testing windows and clear guidance on data privacy (illustrative)." },
];

type AnswerSeed = { position?: Position; rationale: string; themes?: string[]; confidential?: boolean; costBand?: CostBand; leadTimeWeeks?: number; impactLevel?: ImpactLevel };
type ResponseSeed = {
  organisation: string;
  category: RespondentCategory;
  confidential?: boolean;
  late?: boolean;
  /** Answers to questions 1, 2, 4 and 5 (the per-requirement question is answered through `requirements`). */
  answers: [AnswerSeed, AnswerSeed, AnswerSeed, AnswerSeed];
  /** Position on each requirement of the baseline, in reference order (cycled); a comment on the first. */
  requirements: { positions: Position[]; comment: string };
};

const RESPONSES: ResponseSeed[] = [
  {
    organisation: "Brightwater Energy",
    category: "LARGE_SUPPLIER",
    answers: [
      { position: "AGREE", rationale: "Illustrative: a dedicated role keeps MDR access separate from Supplier access, which we prefer.", themes: ["separation of roles"] },
      { position: "YES", rationale: "Illustrative: read-only access is all the MDR service needs.", themes: ["data minimisation"] },
      { impactLevel: "MEDIUM", costBand: "FROM_10K_TO_100K", leadTimeWeeks: 26, rationale: "Illustrative: changes to our appointment flows and testing.", themes: ["cost"] },
      { rationale: "Illustrative: please publish the testing timetable early.", themes: ["testing"] },
    ],
    requirements: { positions: ["SUPPORT"], comment: "Illustrative: we support BR-01 as drafted." },
  },
  {
    organisation: "Harbour Lane Energy",
    category: "LARGE_SUPPLIER",
    confidential: true,
    answers: [
      { position: "DISAGREE", rationale: "Illustrative confidential response: an existing role could be extended at lower cost.", themes: ["cost"] },
      { position: "YES", rationale: "Illustrative confidential response." },
      { impactLevel: "HIGH", costBand: "FROM_100K_TO_1M", leadTimeWeeks: 40, rationale: "Illustrative confidential response: significant system changes." },
      { rationale: "Illustrative confidential response." },
    ],
    requirements: { positions: ["OPPOSE", "SUPPORT"], comment: "Illustrative confidential response." },
  },
  {
    organisation: "Kestrel Power",
    category: "SMALL_SUPPLIER",
    answers: [
      { position: "AGREE", rationale: "Illustrative: agreed, provided small suppliers are not charged for the new role.", themes: ["cost"] },
      { position: "YES", rationale: "Illustrative: yes." },
      { impactLevel: "LOW", costBand: "UNDER_10K", leadTimeWeeks: 8, rationale: "Illustrative: little impact on us directly." },
      { rationale: "Illustrative: no further comments." },
    ],
    requirements: { positions: ["SUPPORT", "NEUTRAL"], comment: "Illustrative: neutral on the testing requirements." },
  },
  {
    organisation: "Midlands Distribution Network",
    category: "ELECTRICITY_NETWORK_PARTY",
    answers: [
      { position: "NEUTRAL", rationale: "Illustrative: we see benefits but need the TOM's data flows confirmed first.", themes: ["dependency on TOM"] },
      { position: "NO", rationale: "Illustrative: the limit should be reviewed once the role has bedded in.", themes: ["review later"] },
      { impactLevel: "LOW", costBand: "NONE", leadTimeWeeks: 0, rationale: "Illustrative: no change to our systems." },
      { rationale: "Illustrative: please keep network parties informed of the testing plan.", themes: ["testing"] },
    ],
    requirements: { positions: ["SUPPORT", "SUPPORT", "NEUTRAL"], comment: "Illustrative: supportive overall." },
  },
  {
    organisation: "Northern Gas Transport",
    category: "GAS_NETWORK_PARTY",
    answers: [
      { position: "NEUTRAL", rationale: "Illustrative: the change does not affect gas networks.", themes: ["not affected"] },
      { position: "YES", rationale: "Illustrative: no objection." },
      { impactLevel: "LOW", costBand: "NONE", leadTimeWeeks: 0, rationale: "Illustrative: none." },
      { rationale: "Illustrative: none." },
    ],
    requirements: { positions: ["NEUTRAL"], comment: "Illustrative: no view." },
  },
  {
    organisation: "Meterwise Data Services",
    category: "OTHER_SEC_PARTY",
    answers: [
      { position: "AGREE", rationale: "Illustrative: as a prospective MDR service provider we need this role.", themes: ["separation of roles"] },
      { position: "YES", rationale: "Illustrative: read-only access suits the service." },
      // Commercially sensitive costs: this one answer is confidential, the rest of the response is not.
      { impactLevel: "HIGH", costBand: "OVER_1M", leadTimeWeeks: 52, rationale: "Illustrative confidential answer: our build and accreditation costs.", confidential: true },
      { rationale: "Illustrative: User Entry should be proportionate for new entrants.", themes: ["User Entry"] },
    ],
    requirements: { positions: ["SUPPORT", "SUPPORT", "OPPOSE"], comment: "Illustrative: the anomaly thresholds look too tight." },
  },
  {
    organisation: "Smart DCC Ltd",
    category: "DCC",
    answers: [
      { position: "AGREE", rationale: "Illustrative: the DCC can deliver the role within the MHHS timetable.", themes: ["delivery"] },
      { position: "YES", rationale: "Illustrative: yes." },
      { impactLevel: "HIGH", costBand: "OVER_1M", leadTimeWeeks: 52, rationale: "Illustrative: new role across DCC systems; see the DCC's impact assessment.", themes: ["cost"] },
      { rationale: "Illustrative: early engagement on testing would help.", themes: ["testing"] },
    ],
    requirements: { positions: ["SUPPORT"], comment: "Illustrative: supported." },
  },
  {
    organisation: "Consumer Voice",
    category: "CONSUMER_BODY",
    late: true,
    answers: [
      { position: "AGREE", rationale: "Illustrative: provided consumers' consent and privacy are protected.", themes: ["data privacy"] },
      { position: "YES", rationale: "Illustrative: read-only access limits the risk to consumers.", themes: ["data minimisation"] },
      { rationale: "Illustrative: not applicable to a consumer body." },
      { rationale: "Illustrative: we ask for plain-language guidance for consumers.", themes: ["data privacy"] },
    ],
    requirements: { positions: ["SUPPORT", "NEUTRAL"], comment: "Illustrative: supportive, with privacy safeguards." },
  },
];

// Not confirmed by a public source: the window is assumed to have closed around 1 June 2022.
const WINDOW = { opens: ["2022-05-04", "09:00"], closes: ["2022-06-01", "17:00"], collated: ["2022-06-15", "12:00"], published: ["2022-06-22", "12:00"] } as const;
const at = ([date, time]: readonly [string, string]) => londonInstant(date, time)!;

export async function createRefinementConsultation(tx: Prisma.TransactionClient, modificationId: string): Promise<void> {
  const secas = await tx.user.findUniqueOrThrow({ where: { email: IMPORT_ACCOUNT.email }, select: { id: true } });
  const baseline = await tx.baseline.findFirst({
    where: { modificationId, name: REVIEW_SCOPE_BASELINE.name },
    select: { id: true, entries: { select: { requirementVersion: { select: { id: true, requirement: { select: { number: true } } } } } } },
  });
  const versions = (baseline?.entries ?? []).map((e) => e.requirementVersion).sort((a, b) => a.requirement.number - b.requirement.number);
  const organisations = new Map((await tx.organisation.findMany({ select: { id: true, name: true } })).map((o) => [o.name, o.id]));
  const closesAt = at(WINDOW.closes);
  const consultation = await tx.consultation.create({
    data: {
      modificationId,
      kind: "REFINEMENT",
      title: TITLE,
      introduction: INTRODUCTION,
      status: "PUBLISHED",
      opensAt: at(WINDOW.opens),
      closesAt,
      openedAt: at(WINDOW.opens),
      closedAt: closesAt,
      collatedAt: at(WINDOW.collated),
      publishedAt: at(WINDOW.published),
      publishedById: secas.id,
      baselineId: baseline?.id ?? null,
      createdById: secas.id,
      questions: { create: QUESTIONS.map((q, i) => ({ number: i + 1, ...q })) },
    },
    select: { id: true, questions: { orderBy: { number: "asc" }, select: { id: true, kind: true } } },
  });
  const perRequirement = consultation.questions.find((q) => q.kind === "PER_REQUIREMENT")!;
  const others = consultation.questions.filter((q) => q.kind !== "PER_REQUIREMENT");
  for (const [i, r] of RESPONSES.entries()) {
    const submittedAt = r.late ? new Date(closesAt.getTime() + 2 * 86_400_000) : new Date(closesAt.getTime() - (i + 1) * 3_600_000);
    const response = await tx.response.create({
      data: {
        consultationId: consultation.id,
        organisationId: organisations.get(r.organisation)!,
        category: r.category,
        respondentId: secas.id,
        enteredById: secas.id,
        status: "SUBMITTED",
        confidential: r.confidential ?? false,
        submittedAt,
        late: r.late ?? false,
      },
      select: { id: true },
    });
    const on = { responseId: response.id, consultationId: consultation.id };
    await tx.answer.createMany({ data: r.answers.map((a, j) => ({ ...on, questionId: others[j]!.id, ...a, themes: a.themes ?? [], confidential: a.confidential ?? false })) });
    await tx.requirementAnswer.createMany({
      data: versions.map((v, k) => ({
        ...on,
        questionId: perRequirement.id,
        requirementVersionId: v.id,
        position: r.requirements.positions[k % r.requirements.positions.length]!,
        comment: k === 0 ? r.requirements.comment : "",
      })),
    });
  }
}
