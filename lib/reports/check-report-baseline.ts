import "server-only";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const OTHER_BASELINE = "That baseline is not one of this modification's: choose one from the list.";

/** A report sets out the requirements of a baseline of its own modification, or none. */
export async function checkReportBaseline(db: DbOrTx, modificationId: string, baselineId: string | null): Promise<void> {
  if (!baselineId) return;
  const found = await db.baseline.findFirst({ where: { id: baselineId, modificationId }, select: { id: true } });
  if (!found) throw new AppError("VALIDATION", OTHER_BASELINE, { baselineId: [OTHER_BASELINE] });
}
