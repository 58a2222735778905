import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getServiceRequestWithVersions } from "@/lib/service-requests/get-service-request";

/** The Service Request an address names (its number, e.g. 4.8.1), or the 404 page. */
export function loadServiceRequest(modificationId: string, number: string) {
  return getServiceRequestWithVersions(db(), modificationId, decodedNumber(number)).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}

/** A stray "%" (as in …/service-requests/%25) is not a number we have, rather than a URIError. */
export function decodedNumber(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}
