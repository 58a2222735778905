import { db } from "@/lib/db";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

/**
 * A Modification Report row made directly (the reports work owns how reports are drafted and
 * published): by default the published v1.0 the Change Board votes on.
 */
export async function createModificationReport(modificationId: string, { version = "1.0", status = "PUBLISHED" as ReportStatus } = {}) {
  const published = status === "PUBLISHED" ? { publishedAt: new Date(), publishedById: (await db().user.findFirstOrThrow({ where: { role: "SECAS" }, select: { id: true } })).id } : {};
  return db().report.create({
    data: { modificationId, kind: "MODIFICATION_REPORT", ...reportNumber(version), status, generated: {}, generatedAt: new Date(), ...(status === "PUBLISHED" ? { contentSha256: "0".repeat(64) } : {}), summary: `Modification Report v${version} (test)`, ...published },
    select: { id: true },
  });
}

/** "1.0" → the number and the major and minor that order it. */
export function reportNumber(number: string) {
  const [major, minor] = number.split(".").map(Number);
  return { number, major: major!, minor: minor ?? 0 };
}

export const voteFields = (memberName: string, votingGroup: string, vote: string, rationale = `${memberName}'s reasons`) => ({ memberName, organisation: "", votingGroup, vote, rationale }) as never;
