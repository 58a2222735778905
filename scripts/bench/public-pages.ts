/**
 * Bench rows for the public pages as a visitor (no session cookie): kept whole by the web server
 * (scripts/web-server/public-page-cache.ts), measured against the node:http ceiling; the issue's
 * target is at least 25 % of it.
 */
import type { Db } from "@/lib/db";

export const PUBLIC_PAGE_TARGET = 0.25;
/** No cookie: what a visitor sends. */
export const VISITOR_HEADERS: Record<string, string> = { "accept-encoding": "identity" };

type Page = { name: string; path: (ref: string) => string; visitor?: boolean };

export function publicPages(): Page[] {
  return [
    { name: "visitor: register", path: () => "/", visitor: true },
    { name: "visitor: overview", path: (ref) => `/modifications/${ref}`, visitor: true },
    { name: "visitor: change board", path: (ref) => `/modifications/${ref}/change-board`, visitor: true },
    { name: "visitor: published report", path: (ref) => `/modifications/${ref}/reports/1.0`, visitor: true },
  ];
}

/** A published Modification Report v1.0 and a closed Change Board meeting of 11 votes on it, for the Change Board page (illustrative). */
export async function seedPublicPages(db: Db, number: number): Promise<void> {
  const m = await db.modification.findUniqueOrThrow({ where: { number }, select: { id: true } });
  const secas = await db.user.findUniqueOrThrow({ where: { email: "secas@example.com" }, select: { id: true } });
  const report = await db.report.create({
    data: { modificationId: m.id, kind: "MODIFICATION_REPORT", number: "1.0", major: 1, minor: 0, status: "PUBLISHED", contentSha256: "0".repeat(64), summary: "Bench report (illustrative)", illustrative: true, generated: {}, generatedAt: new Date(), publishedAt: new Date(), publishedById: secas.id },
  });
  const groups = ["LARGE_SUPPLIER", "LARGE_SUPPLIER", "SMALL_SUPPLIER", "SMALL_SUPPLIER", "SMALL_SUPPLIER", "NETWORK_PARTY", "NETWORK_PARTY", "NETWORK_PARTY", "OTHER_SEC_PARTY", "OTHER_SEC_PARTY", "CONSUMER"] as const;
  await db.changeBoardMeeting.create({
    data: {
      modificationId: m.id,
      reportId: report.id,
      reference: "CB_BENCH",
      heldOn: new Date("2027-03-04"),
      closedAt: new Date(),
      recommendation: "APPROVE",
      createdById: secas.id,
      votes: {
        create: groups.map((votingGroup, i) => ({ memberName: `Member ${i + 1}`, votingGroup, vote: i % 3 === 2 ? "REJECT" : "APPROVE", rationale: "Illustrative rationale.", recordedById: secas.id })),
      },
    },
  });
}

/** One line per public page: its share of the ceiling against the 25 % target. */
export function printPublicPageTarget(rows: { name: string; page: { requestsPerSecond: number }; ceiling: { requestsPerSecond: number } }[]): void {
  const measured = rows.filter((r) => r.name.startsWith("visitor:"));
  if (measured.length === 0) return;
  console.log(`\nCached public pages as a visitor, against the node:http ceiling (target: at least ${PUBLIC_PAGE_TARGET * 100} %)`);
  for (const r of measured) {
    const ratio = r.ceiling.requestsPerSecond > 0 ? r.page.requestsPerSecond / r.ceiling.requestsPerSecond : 0;
    console.log(`${r.name.padEnd(28)} ${(ratio * 100).toFixed(1).padStart(6)} %  ${ratio >= PUBLIC_PAGE_TARGET ? "meets the target" : "BELOW the target"}`);
  }
}
