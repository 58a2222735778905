import type { CurrentUser } from "@/lib/auth/current-user";
import { requestAssessment } from "@/lib/assessments/request-assessment";
import type { AssessmentVersionInput } from "@/lib/assessments/schemas";
import { db } from "@/lib/db";

/** A version's fields as the record form sends them. */
export function versionFields(overrides: Partial<AssessmentVersionInput> = {}): AssessmentVersionInput {
  return {
    designAndBuild: "£120,000",
    testing: "45000",
    implementation: "£10,500.50",
    ongoingPerYear: "£8,000",
    leadTimeWeeks: "26",
    earliestRelease: "2028-11",
    systems: "DSP\nSelf-Service Interface",
    assumptions: "Reuses the existing role model.",
    validUntil: "2028-06-30",
    changeNote: "Figures from the DCC",
    ...overrides,
  };
}

/** A baseline of the modification (the first one), for requests. */
export async function anyBaseline(modificationId: string): Promise<string> {
  return (await db().baseline.findFirstOrThrow({ where: { modificationId }, select: { id: true } })).id;
}

/** SECAS requests an assessment of the modification's first baseline, due in 2099. */
export async function requestFor(secas: CurrentUser, modificationId: string, kind: "PRELIMINARY" | "IMPACT" = "PRELIMINARY") {
  const { id } = await requestAssessment(db(), secas, { modificationId, fields: { kind, baselineId: await anyBaseline(modificationId), dueOn: "2099-01-31" } });
  return id;
}

export const assessmentVersion = async (id: string) => (await db().dccAssessment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
