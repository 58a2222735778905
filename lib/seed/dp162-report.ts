import type { Prisma } from "@/lib/generated/prisma/client";
import { gatherSections } from "@/lib/reports/gather-sections";
import type { Narrative } from "@/lib/reports/narrative";
import { renderReportFiles } from "@/lib/reports/render/files";
import { reportContent } from "@/lib/reports/report-content";
import { DP162 } from "./dp162";

/*
 * DP162's Modification Report v0.1: the draft report the DCC's initial feedback paper to OPSG
 * carried as Appendix A (25 May 2021), in the Development Stage — the issue, the TOM context and
 * the expected scope; no business requirements yet. Its facts come from DP162's public pages and
 * documents on the SEC website, as the rest of the seed's do (dp162.ts); the wording is
 * illustrative (the report says so on every copy). Published as any report is: rendered to HTML,
 * PDF and DOCX, each hashed, then frozen.
 */

/** 08:00 in London on 25 May 2021: before OPSG's round opened at 09:00, so it cites none. */
const PUBLISHED_AT = new Date("2021-05-25T07:00:00Z");

const NARRATIVE: Narrative = {
  summary: [
    "DP162 proposes the changes to the Smart Energy Code (SEC) needed to deliver Market-wide Half-Hourly Settlement (MHHS).",
    "The DCC raised it at Ofgem's request. This draft supports OPSG's initial feedback on the problem statement: it sets out the issue and the scope expected, before any business requirement is written.",
  ].join("\n\n"),
  issue: [
    "Ofgem's Settlement Reform Significant Code Review (SCR) concluded that settling every consumer half-hourly brings net benefits of up to **£4.5bn by 2045**, so Suppliers must settle their customers half-hourly.",
    "The change must deliver the Target Operating Model (TOM) designed by Ofgem and Elexon. The TOM's Smart Data Service includes a **Metering Data Retrieval (MDR)** service, which needs to read consumption data from smart meters through the DCC. The SEC has no User Role for a Party carrying out that service today.",
  ].join("\n\n"),
  solution: [
    "No solution has been developed yet: the Working Group, the Proposer and the DCC will develop business requirements in the Refinement Process. The scope expected is:",
    "1. a new **User Role** for Parties carrying out the MDR service;",
    "2. the **Service Requests** that role may send, with their **Target Response Times** and **testing scenarios** (natural candidates are the DCC's reading Service Requests, such as 4.1 Read Instantaneous Import Registers, 4.6 Retrieve Daily Read Log and 4.8 Read Profile Data);",
    "3. the **security and data privacy** arrangements for the role (the Security Sub-Committee's area);",
    "4. the **User Entry Process** requirements for the role.",
  ].join("\n"),
  implementation: "To be confirmed, aligned with the MHHS programme. The Panel is to be asked at its June 2021 meeting to convert DP162 into a Modification Proposal and move it to the Refinement Process.",
  assessment: "Not yet assessed. The case against the General SEC Objectives (for example the efficient provision and interoperability of smart metering systems, and data protection and security) will be made once the solution is developed.",
  workingGroupViews: "The Working Group has not yet met on this modification: business requirements are to be discussed with it and the sub-committees in early July 2021.",
};

export async function seedDp162Report(tx: Prisma.TransactionClient, modificationId: string, publisherId: string): Promise<void> {
  const generated = await gatherSections(tx, { modificationId, baselineId: null, title: DP162.title, narrative: NARRATIVE }, PUBLISHED_AT);
  const row = { number: "0.1", major: 0, minor: 1, illustrative: true, ...NARRATIVE, generated, generatedAt: PUBLISHED_AT };
  const rendered = await renderReportFiles(reportContent({ ...row, status: "PUBLISHED", publishedAt: PUBLISHED_AT }, DP162, PUBLISHED_AT));
  const report = await tx.report.create({ data: { modificationId, kind: "MODIFICATION_REPORT", ...row, createdAt: PUBLISHED_AT }, select: { id: true } });
  // Files first: once the row says published, the database takes no more files for it.
  await tx.reportFile.createMany({ data: rendered.files.map((f) => ({ reportId: report.id, format: f.format, bytes: f.bytes, sha256: f.sha256, createdAt: PUBLISHED_AT })) });
  await tx.report.update({
    where: { id: report.id },
    data: { status: "PUBLISHED", publishedAt: PUBLISHED_AT, publishedById: publisherId, contentSha256: rendered.contentSha256, version: 2 },
  });
}
