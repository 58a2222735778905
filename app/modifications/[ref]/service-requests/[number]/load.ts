import { db } from "@/lib/db";
import { getServiceRequestWithVersions } from "@/lib/service-requests/get-service-request";
import { orNotFound } from "@/app/or-not-found";

/** The Service Request an address names (its number, e.g. 4.8.1), or the 404 page. */
export function loadServiceRequest(modificationId: string, number: string) {
  return orNotFound(getServiceRequestWithVersions(db(), modificationId, decodedNumber(number)));
}

/** A stray "%" (as in …/service-requests/%25) is not a number we have, rather than a URIError. */
export function decodedNumber(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}
