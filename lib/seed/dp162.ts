/**
 * DP162 / MP162 "SEC changes required to deliver MHHS", as seed data, from the
 * modification's public pages and documents on the SEC website.
 * Facts no public source confirms are marked: milestones `confirmed: false`, Service
 * Requests `illustrative: true`. All of it stays editable data, never a rule in code.
 */
import type { DocumentKind, ModificationPath, ModificationStage, RequirementStatus } from "@/lib/generated/prisma/enums";

export const DP162 = {
  number: 162,
  draftRef: "DP162",
  proposalRef: "MP162",
  title: "SEC changes required to deliver MHHS",
  stage: "REFINEMENT" as ModificationStage,
  // Raised at Ofgem's request following its Settlement Reform SCR; the path is seed data to confirm.
  path: "PATH_1_AUTHORITY_LED" as ModificationPath,
  proposer: "Smart DCC Ltd",
  leadAnalyst: "SECAS Lead Analyst",
  raisedOn: "2021-05-25",
  implementationRelease: "To be confirmed (aligned with the MHHS programme)",
  latestUpdate:
    "Business requirements are being developed with the Working Group and reviewed by OPSG, TABASC and SSC.",
  summary:
    "Ofgem's Market-wide Half-Hourly Settlement (MHHS) reform needs the SEC to let the Parties that carry out the Metering Data Retrieval service read half-hourly data from smart meters through the DCC.",
  issue: `Ofgem's **Settlement Reform Significant Code Review** concluded that settling every consumer half-hourly brings net benefits of up to **£4.5bn by 2045**, so Suppliers must settle their customers half-hourly.

The change must deliver the **Target Operating Model (TOM)** that Ofgem and Elexon designed. The TOM's Smart Data Service includes a **Metering Data Retrieval (MDR)** service, whose providers retrieve consumption data from smart meters. Today no DCC User Role fits that service: the SEC has User Roles for Suppliers, Network Operators and Other Users only.

The DCC raised this Draft Proposal at Ofgem's request; its initial feedback paper went to OPSG on 25 May 2021.`,
  solution: `The solution is being developed in the Refinement Process. Its expected scope:

1. a new **User Role** for Parties carrying out the MDR service;
2. the **Service Requests** that role may send, with **Target Response Times** and **testing scenarios**;
3. the **security and data privacy** arrangements for the role;
4. the **User Entry Process** requirements for the role.`,
  whoIsImpacted: `- **Large and Small Suppliers**: settlement of every customer half-hourly; data retrieved on their behalf by MDR service providers.
- **Other SEC Parties** that become MDR service providers: new User Role, User Entry and security obligations.
- **Electricity Network Parties**: access to half-hourly data under the TOM.
- **The DCC**: new User Role in its systems, Service Request eligibility, testing.
- **Consumers**: data privacy safeguards for half-hourly data.`,
  secDocumentsAffected: `Likely, and to be confirmed in refinement:

- Section A (Definitions)
- Section G (Security)
- Section H (DCC Services, including H1 User Entry Process)
- Section I (Data Privacy)
- Appendix E (DCC User Interface Services Schedule: eligibility, Target Response Times)
- Appendix AD (DCC User Interface Specification: Service Request matrix)`,
} as const;

export type MilestoneSeed = { on: string; label?: string; event: string; confirmed?: boolean };
export const MILESTONES: MilestoneSeed[] = [
  { on: "2021-05-25", event: "DCC's initial feedback paper on DP162 presented to OPSG" },
  { on: "2021-06-01", label: "June 2021", event: "Panel asked to convert DP162 to MP162 and move it into the Refinement Process" },
  { on: "2021-07-01", label: "Early July 2021", event: "Business requirements discussed with the Working Group and sub-committees" },
  { on: "2022-06-01", label: "Around 1 June 2022", event: "Refinement Consultation closes", confirmed: false },
  { on: "2025-09-22", event: "MHHS code changes go live in the other industry codes" },
];

export const DOCUMENTS: { kind: DocumentKind; title: string; on: string; note?: string }[] = [
  { kind: "INITIAL_FEEDBACK_PAPER", title: "DP162 initial feedback paper (OPSG)", on: "2021-05-25", note: "Asks OPSG for its initial views on the problem statement." },
];

export const AREAS = [
  { code: "MDR-ROLE", title: "MDR User Role", description: "A new User Role for Parties carrying out the Metering Data Retrieval service." },
  { code: "SERVICE-REQUESTS", title: "Service Requests, Target Response Times and testing", description: "The Service Requests the MDR role may send, their Target Response Times and testing scenarios." },
  { code: "SECURITY-PRIVACY", title: "Security and data privacy", description: "Security and data privacy arrangements for the MDR role (SSC's area)." },
  { code: "USER-ENTRY", title: "User Entry Process", description: "What a Party must complete before it may act in the MDR role." },
] as const;

export type AreaCode = (typeof AREAS)[number]["code"];
export type RequirementSeed = { area: AreaCode; title: string; body: string; status?: RequirementStatus; links?: LinkSeed[] };
export type LinkSeed = { sec?: string; tom?: string; serviceRequest?: string; requirement?: number };

/** Eligibility, Target Response Times and scenarios are illustrative: no public source confirms which were granted. */
export const SERVICE_REQUESTS = [
  { number: "4.1", name: "Read Instantaneous Import Registers", eligibleForMdr: true, targetResponseTime: "30 seconds (On-Demand)", testingScenario: "Read the import registers of an ESME at an appointed metering point; expect a response within the Target Response Time." },
  { number: "4.6", name: "Retrieve Daily Read Log", eligibleForMdr: true, targetResponseTime: "30 seconds (On-Demand); 60 seconds (Future-Dated)", testingScenario: "Retrieve the daily read log for the last 7 days; expect one entry per day." },
  { number: "4.8.1", name: "Read Active Import Profile Data", eligibleForMdr: true, targetResponseTime: "60 seconds (On-Demand)", testingScenario: "Retrieve 48 half-hourly active import periods for one day; a metering point without an MDR appointment is refused." },
  { number: "4.8.2", name: "Read Reactive Import Profile Data", eligibleForMdr: true, targetResponseTime: "60 seconds (On-Demand)", testingScenario: "Retrieve 48 half-hourly reactive import periods for one day." },
  { number: "4.8.3", name: "Read Export Profile Data", eligibleForMdr: true, targetResponseTime: "60 seconds (On-Demand)", testingScenario: "Retrieve 48 half-hourly export periods from an ESME with export; an import-only ESME returns no export data." },
  { number: "1.1.1", name: "Update Import Tariff (Primary Element)", eligibleForMdr: false, targetResponseTime: "Not applicable to the MDR role", testingScenario: "Sent by an MDR User, the request is refused as not eligible for the role." },
] as const;

/**
 * OPSG's two questions are those of the DCC's initial feedback paper to OPSG (25 May 2021); its
 * window and introduction are illustrative. The TABASC and SSC rounds are illustrative: they are
 * seeded open, from the moment of seeding for `openForDays` days (a fixed date would have passed,
 * and the round would close on the first page view), over a baseline of the requirements as seeded.
 */
export const REVIEW_ROUNDS = [
  {
    committee: "OPSG",
    title: "OPSG initial feedback on DP162",
    status: "CLOSED",
    window: { opens: ["2021-05-25", "09:00"], closes: ["2021-06-08", "17:00"] },
    introduction:
      "The DCC raised DP162 at Ofgem's request so that the SEC supports the **Metering Data Retrieval** service of the MHHS Target Operating Model. OPSG is asked for its initial views on the problem statement.\n\n*Illustrative: the window and this introduction are not from a public source; the questions are those of the initial feedback paper of 25 May 2021.*",
    questions: ["Is the problem statement clearly defined?", "What impacted areas should the business requirements account for?"],
  },
  {
    committee: "TABASC",
    title: "TABASC review of the business requirements",
    status: "OPEN",
    openForDays: 30,
    introduction:
      "TABASC is asked whether the new **MDR User Role**, the Service Requests it may send and their Target Response Times fit the technical and business architecture, and what testing the role needs.\n\n*Illustrative: this round is not from a public source.*",
    questions: ["Do the eligible Service Requests and Target Response Times fit the technical architecture?", "What testing does the new User Role need?"],
  },
  {
    committee: "SSC",
    title: "SSC review of security and data privacy",
    status: "OPEN",
    openForDays: 30,
    introduction:
      "SSC is asked whether the security obligations and data privacy controls proposed for MDR Users are proportionate and sufficient.\n\n*Illustrative: this round is not from a public source.*",
    questions: ["Are the security obligations proportionate to a read-only User Role?", "Are the data privacy controls for half-hourly data sufficient?"],
  },
] as const;

/** The scope the seeded open rounds review: every requirement as seeded (illustrative). */
export const REVIEW_SCOPE_BASELINE = {
  name: "Business Requirements v0.1 for sub-committee review",
  description: "The requirements as first drafted, frozen as the scope of the TABASC and SSC reviews (illustrative).",
} as const;
