import "server-only";
import { getCollation, publishedOnly } from "@/lib/collation/get-collation";
import { findRationales, findRequirementAnswers, type RationaleFilter, type Reader, type RequirementAnswerFilter } from "@/lib/collation/visible-responses";
import { db } from "@/lib/db";
import { cachedForModification } from "./public-pages";

/*
 * A consultation's collation pages' reads through Next's data cache (shared-data.ts), under the
 * modification's tag: every change behind them (a response submitted or withdrawn, a theme, a
 * summary, collating, publishing) is an audited command, which expires it. What a reader may see
 * depends only on `reader.full` (readerFor), so each entry is kept per kind of reader: SECAS's
 * confidential answers are never in an entry another reader gets.
 */
const readerKey = (reader: Reader) => (reader.full ? "with-confidential" : "without-confidential");

/**
 * The collation as getCollation reads it (NOT_FOUND is not cached). Reading it closes a
 * consultation past its window; the entry that still shows it open expires only once that page is
 * sent (expireAfterSystemChange), so the request that finds it is read afresh (and the window closed).
 */
export async function cachedCollation(reader: Reader, modificationId: string, consultationId: string, { heatPage }: { heatPage?: number } = {}) {
  const read = () => getCollation(db(), reader, modificationId, consultationId, { heatPage });
  const cached = await cachedForModification(modificationId, ["collation", consultationId, readerKey(reader), String(heatPage ?? "all")], read);
  const { status, closesAt } = cached.consultation;
  return status === "OPEN" && closesAt <= new Date() ? read() : cached;
}

/** The published collation (NOT_FOUND until SECAS publishes it), as getPublishedCollation reads it. */
export async function cachedPublishedCollation(reader: Reader, modificationId: string, consultationId: string, options: { heatPage?: number } = {}) {
  return publishedOnly(await cachedCollation(reader, modificationId, consultationId, options));
}

/** One page of the rationales the reader may see, as findRationales reads it. */
export function cachedRationales(reader: Reader, modificationId: string, consultationId: string, filter: RationaleFilter, page: { skip: number; take: number }) {
  const key = [consultationId, readerKey(reader), filter.questionId ?? "", filter.position ?? "", filter.category ?? "", String(page.skip), String(page.take)];
  return cachedForModification(modificationId, ["rationales", ...key], () => findRationales(db(), reader, consultationId, filter, page));
}

/** The answers behind one heat-table cell the reader may see, as findRequirementAnswers reads them. */
export function cachedRequirementAnswers(reader: Reader, modificationId: string, consultationId: string, filter: RequirementAnswerFilter) {
  const key = [consultationId, readerKey(reader), filter.questionId ?? "", filter.requirementVersionId ?? "", filter.category ?? ""];
  return cachedForModification(modificationId, ["requirement-answers", ...key], () => findRequirementAnswers(db(), reader, consultationId, filter));
}
