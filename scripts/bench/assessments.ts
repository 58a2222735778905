import { db } from "@/lib/db";

/**
 * Bench rows for the DCC assessments (issue 9): `perRequirements` assessments per 10 requirements
 * (5, then 50), three versions each; the newest received, the rest superseded. The list page and
 * the overview's costs panel must cost the same number of queries at both sizes.
 */
export async function seedAssessmentsForBench(sizes: readonly { number: number; requirements: number }[]): Promise<void> {
  const requestedBy = await db().user.findUniqueOrThrow({ where: { email: "secas@example.com" }, select: { id: true } });
  for (const size of sizes) {
    const modification = await db().modification.findUniqueOrThrow({ where: { number: size.number }, select: { id: true } });
    const baseline = await db().baseline.create({ data: { modificationId: modification.id, name: "Bench: assessed", createdById: requestedBy.id }, select: { id: true } });
    const count = size.requirements / 10;
    // One at a time: the database holds one received assessment per modification, so the last is created received.
    for (let i = 0; i < count; i++) {
      await db().dccAssessment.create({
        data: {
          modificationId: modification.id,
          kind: i === 0 ? "PRELIMINARY" : "IMPACT",
          baselineId: baseline.id,
          dueOn: new Date("2027-01-31"),
          status: i === count - 1 ? "RECEIVED" : "SUPERSEDED",
          requestedById: requestedBy.id,
          version: 4,
          versions: {
            createMany: {
              data: [1, 2, 3].map((number) => ({
                number,
                designAndBuildPence: BigInt(100_000_00 + number * 5_000_00),
                testingPence: 40_000_00n,
                implementationPence: 10_000_00n,
                ongoingPerYearPence: 8_000_00n,
                leadTimeWeeks: 26 + number,
                earliestRelease: "2028-11",
                systems: ["DSP", "Self-Service Interface"],
                assumptions: "Bench figures.",
                validUntil: new Date("2027-12-31"),
                authorId: requestedBy.id,
                changeNote: `Bench version ${number}`,
              })),
            },
          },
        },
      });
    }
  }
}
