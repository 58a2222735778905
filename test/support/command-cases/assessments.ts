import { recordAssessmentVersion } from "@/lib/assessments/record-assessment-version";
import { requestAssessment } from "@/lib/assessments/request-assessment";
import { db } from "@/lib/db";
import { anyBaseline, requestFor, versionFields } from "../assessments";
import type { Actors, CommandCase } from "./case";

/** The DCC assessment commands' cases for lib/commands.test.ts: a Preliminary Assessment awaited, for recording a version (the seeded one is received). */
const state = { modificationId: "", actors: {} as Actors };

export async function prepareAssessmentCases(modificationId: string, actors: Actors): Promise<void> {
  Object.assign(state, { modificationId, actors });
  await requestFor(actors.SECAS, modificationId);
}

export function assessmentCases(): CommandCase[] {
  return [
    {
      command: requestAssessment,
      actions: ["impact.requestDcc"],
      run: async (actor) => {
        const modificationId = state.modificationId;
        // One request awaited at a time: the earlier one (from the preparation) is received first.
        const awaited = await db().dccAssessment.findFirst({ where: { modificationId, status: "REQUESTED" }, select: { id: true, version: true } });
        if (awaited && actor?.role === "SECAS") await recordAssessmentVersion(db(), state.actors.SECAS, { modificationId, assessmentId: awaited.id, expectedVersion: awaited.version, fields: versionFields() });
        return requestAssessment(db(), actor, { modificationId, fields: { kind: "IMPACT", baselineId: await anyBaseline(modificationId), dueOn: "2099-01-31" } });
      },
    },
    {
      command: recordAssessmentVersion,
      actions: ["impact.writeDcc"],
      run: async (actor) => {
        const modificationId = state.modificationId;
        const a = await db().dccAssessment.findFirstOrThrow({ where: { modificationId, status: { in: ["REQUESTED", "RECEIVED"] } }, orderBy: { createdAt: "desc" }, select: { id: true, version: true } });
        return recordAssessmentVersion(db(), actor, { modificationId, assessmentId: a.id, expectedVersion: a.version, fields: versionFields() });
      },
    },
  ];
}
