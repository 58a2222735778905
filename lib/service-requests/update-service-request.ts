import "server-only";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { changeNoteSchema, expectedVersionSchema } from "@/lib/versioning/schemas";
import { updateAtVersion } from "@/lib/versioning/update-at-version";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/require-permission";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { findInModification } from "@/lib/modifications/find-in-modification";

const checkbox = z.preprocess((v) => v === "on" || v === true, z.boolean());

export const serviceRequestEditSchema = z.object({
  eligibleForMdr: checkbox,
  illustrative: checkbox,
  targetResponseTime: plainText(z.string("Give the Target Response Time").trim().min(1, "Give the Target Response Time").max(200, "At most 200 characters")),
  testingScenario: plainText(z.string("Describe the testing scenario").trim().min(1, "Describe the testing scenario").max(2000, "At most 2,000 characters")),
  changeNote: changeNoteSchema,
  expectedVersion: expectedVersionSchema,
});
export type ServiceRequestEdit = z.infer<typeof serviceRequestEditSchema>;

/** A row of the Service Request matrix changes as a new version, with the same version check as requirements. */
export async function updateServiceRequest(
  db: Db,
  actor: CurrentUser | null,
  input: { modificationId: string; serviceRequestId: string; edit: ServiceRequestEdit },
) {
  const { serviceRequestId, edit } = input;
  requirePermission(actor, "serviceRequest.edit");
  const { changeNote, expectedVersion, ...fields } = edit;
  return db.$transaction(async (tx) => {
    const before = await findInModification(
      input.modificationId,
      serviceRequestId,
      (where) =>
        tx.serviceRequest.findFirst({
          where,
          select: { modificationId: true, number: true, eligibleForMdr: true, targetResponseTime: true, testingScenario: true, illustrative: true, version: true },
        }),
      "Service Request",
    );
    const { version } = await updateAtVersion(tx, "ServiceRequest", { id: serviceRequestId, expectedVersion, data: fields, what: `SR ${before.number}` });
    await tx.serviceRequestVersion.create({ data: { serviceRequestId, version, ...fields, authorId: actor.id, changeNote } });
    const { modificationId, eligibleForMdr, targetResponseTime, testingScenario, illustrative } = before;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      modificationId,
      action: "serviceRequest.updated",
      entityType: "ServiceRequest",
      entityId: serviceRequestId,
      before: { eligibleForMdr, targetResponseTime, testingScenario, illustrative, version: before.version },
      after: { ...fields, version, changeNote },
    });
    return { version };
  });
}
