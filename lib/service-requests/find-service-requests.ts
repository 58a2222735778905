import "server-only";
import type { DbOrTx } from "@/lib/db";

/** A row of the Service Request matrix, as every page shows it. */
export const SERVICE_REQUEST_ROW = {
  id: true,
  number: true,
  name: true,
  eligibleForMdr: true,
  targetResponseTime: true,
  testingScenario: true,
  illustrative: true,
  version: true,
} as const;

/** The Service Request matrix with the requirements that reference each Service Request, in two queries. */
export function findServiceRequests(db: DbOrTx, modificationId: string) {
  return db.serviceRequest.findMany({
    where: { modificationId },
    orderBy: [{ eligibleForMdr: "desc" }, { number: "asc" }],
    select: {
      ...SERVICE_REQUEST_ROW,
      links: { orderBy: { requirement: { number: "asc" } }, select: { requirement: { select: { ref: true, title: true } } } },
    },
  });
}
