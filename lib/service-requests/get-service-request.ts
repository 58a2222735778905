import "server-only";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLookupKey } from "@/lib/validation/text";
import { SERVICE_REQUEST_ROW } from "./find-service-requests";

/** One Service Request with its versions, newest first. */
export async function getServiceRequestWithVersions(db: DbOrTx, modificationId: string, number: string) {
  if (!isLookupKey(number, 50)) throw new AppError("NOT_FOUND", "There is no such Service Request.");
  const sr = await db.serviceRequest.findUnique({
    where: { modificationId_number: { modificationId, number } },
    select: {
      ...SERVICE_REQUEST_ROW,
      versions: {
        orderBy: { version: "desc" },
        select: { version: true, eligibleForMdr: true, targetResponseTime: true, testingScenario: true, illustrative: true, changeNote: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!sr) throw new AppError("NOT_FOUND", `There is no Service Request ${number}.`);
  return sr;
}
