import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * For a page: what `lookup` finds, or the 404 page when the domain says NOT_FOUND (an address
 * naming a modification, requirement, baseline… that does not exist). Any other error goes on up.
 */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
