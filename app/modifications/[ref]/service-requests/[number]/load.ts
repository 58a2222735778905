import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getServiceRequestWithVersions } from "@/lib/service-requests/get-service-request";

/** The Service Request an address names (its number, e.g. 4.8.1), or the 404 page. */
export function loadServiceRequest(modificationId: string, number: string) {
  return getServiceRequestWithVersions(db(), modificationId, decodeURIComponent(number)).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}
