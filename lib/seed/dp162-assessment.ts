import type { Prisma } from "@/lib/generated/prisma/client";
import { REVIEW_SCOPE_BASELINE } from "./dp162";

/*
 * A DCC Preliminary Assessment of DP162, requested against the seeded requirements' baseline and
 * received, with ILLUSTRATIVE figures: no DCC assessment of DP162 is public. The version is marked
 * illustrative and the pages say so. Runs inside the seed's DP162 transaction (only when DP162 is
 * created), so re-seeding never adds a second one.
 */
const POUNDS = 100n;

export async function createIllustrativeAssessment(tx: Prisma.TransactionClient, modificationId: string, authorId: string, now: Date): Promise<void> {
  const baseline = await tx.baseline.findUniqueOrThrow({ where: { modificationId_name: { modificationId, name: REVIEW_SCOPE_BASELINE.name } }, select: { id: true } });
  const requestedAt = new Date(now.getTime() - 42 * 86_400_000);
  const receivedAt = new Date(now.getTime() - 7 * 86_400_000);
  const day = (d: Date) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00Z`);
  await tx.dccAssessment.create({
    data: {
      modificationId,
      kind: "PRELIMINARY",
      baselineId: baseline.id,
      dueOn: day(new Date(requestedAt.getTime() + 35 * 86_400_000)),
      request: "Please assess the business requirements in the baseline: the new MDR User Role, the Service Requests it may send, and the testing it needs. (Illustrative request.)",
      status: "RECEIVED",
      requestedById: authorId,
      version: 2,
      createdAt: requestedAt,
      versions: {
        create: {
          number: 1,
          designAndBuildPence: 410_000n * POUNDS,
          testingPence: 185_000n * POUNDS,
          implementationPence: 62_500n * POUNDS,
          ongoingPerYearPence: 48_000n * POUNDS,
          leadTimeWeeks: 39,
          earliestRelease: `${now.getUTCFullYear() + 2}-06`,
          systems: ["DCC Data Systems (DSP)", "DCC User Interface and Service Request processing", "User role and access management (PKI)", "Self-Service Interface", "DCC test environments"],
          assumptions: [
            "**Illustrative figures for the demonstration: not a DCC assessment.**",
            "",
            "- The MDR User Role reuses the existing User Role access model.",
            "- Service Requests open to the new role need no change to their message formats.",
            "- Testing runs in one SEC release's test phase; no extra test environment is built.",
            "- Rough order of magnitude: ±50%.",
          ].join("\n"),
          validUntil: day(new Date(receivedAt.getTime() + 180 * 86_400_000)),
          illustrative: true,
          authorId,
          changeNote: "Preliminary Assessment received from the DCC (illustrative)",
          createdAt: receivedAt,
        },
      },
    },
  });
}
