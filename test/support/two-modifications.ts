import { db } from "@/lib/db";
import { createLargeModification } from "@/test/support/large-modification";
import { seedDatabase } from "@/lib/seed/seed-database";

/** A Service Request number and requirement refs that exist only in the second modification. */
export const ONLY_IN_OTHER = { serviceRequest: "9.9", requirementRef: "BR-20" } as const;

/**
 * DP162 as seeded, and a second modification (DP963) with its own areas, 20 requirements
 * (BR-16…BR-20 exist only there) and one Service Request, for tests that pass one's ids to the other.
 */
export async function seedTwoModifications() {
  await seedDatabase(db(), { demoAccounts: false });
  const other = await createLargeModification(db(), { number: 963, requirements: 20, versionsPerRequirement: 1, comments: 0 });
  await db().serviceRequest.create({
    data: {
      modificationId: other.id,
      number: ONLY_IN_OTHER.serviceRequest,
      name: "A Service Request of the other modification",
      eligibleForMdr: false,
      targetResponseTime: "24 hours",
      testingScenario: "Generated",
      versions: { create: { version: 1, eligibleForMdr: false, targetResponseTime: "24 hours", testingScenario: "Generated", illustrative: true, changeNote: "Generated" } },
    },
  });
  const dp162 = await db().modification.findUniqueOrThrow({ where: { number: 162 }, select: { id: true } });
  return { dp162: dp162.id, other: other.id };
}
