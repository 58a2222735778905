import type { DbOrTx } from "@/lib/db";
import type { TraceTargetKind } from "@/lib/generated/prisma/enums";

type LinkLike = { kind: TraceTargetKind; reference: string | null; serviceRequest?: { number: string } | null; targetRequirement?: { ref: string } | null };

/** A link as people read it, and as versions record it: "Section H", "TOM: …", "SR 4.8.1", "BR-02". */
export function linkLabel(link: LinkLike): string {
  switch (link.kind) {
    case "SERVICE_REQUEST":
      return `SR ${link.serviceRequest?.number}`;
    case "REQUIREMENT":
      return link.targetRequirement?.ref ?? "";
    case "TOM_ITEM":
      return `TOM: ${link.reference}`;
    default:
      return link.reference ?? "";
  }
}

/** The labels of a requirement's current links, sorted, for its next version. */
export async function currentLinkLabels(db: DbOrTx, requirementId: string): Promise<string[]> {
  const links = await db.traceLink.findMany({
    where: { requirementId },
    select: { kind: true, reference: true, serviceRequest: { select: { number: true } }, targetRequirement: { select: { ref: true } } },
  });
  return links.map(linkLabel).sort();
}
