import "server-only";
import { findAssessments } from "@/lib/assessments/find-assessments";
import { threadsAddressedByVersion } from "@/lib/comments/addressed-by-version";
import { findCommentsLog, type CommentsLogFilter } from "@/lib/comments/find-comments-log";
import { findRequirementThreadPage } from "@/lib/comments/find-requirement-thread-page";
import { findThreads } from "@/lib/comments/find-threads";
import { findOpenRounds } from "@/lib/comments/open-rounds";
import { db } from "@/lib/db";
import { findRequirementsByArea, type RequirementFilter } from "@/lib/requirements/find-requirements";
import { findRequirementVersions } from "@/lib/requirements/find-requirement-versions";
import { getRequirement } from "@/lib/requirements/get-requirement";
import { getRequirementForEditing } from "@/lib/requirements/get-requirement-for-editing";
import { cachedForModification } from "./public-pages";

/*
 * The reads of the requirements list, of a requirement's page, edit form and history, of the
 * comments log and of the DCC assessments list, through Next's data cache (shared-data.ts): the
 * same results as the functions they wrap, and the same for every reader the page lets in — the
 * page checks its reader's permission before reading. Under the modification's tag, so any
 * audited change to it expires them and whoever saved sees the change at once. Forms built on them
 * carry the version they showed: a change made in between (on another app server, say) is a
 * conflict, as ever.
 */

/** A requirement as getRequirement reads it (NOT_FOUND is not cached). */
export function cachedRequirement(modificationId: string, ref: string) {
  return cachedForModification(modificationId, ["requirement", ref.toUpperCase()], () => getRequirement(db(), modificationId, ref));
}

/** A requirement's editable fields and version, with the areas it may move to, as getRequirementForEditing reads them. */
export function cachedRequirementForEditing(modificationId: string, ref: string) {
  return cachedForModification(modificationId, ["requirement-for-editing", ref.toUpperCase()], () => getRequirementForEditing(db(), modificationId, ref));
}

/** A requirement's comment threads, as findThreads reads them (the edit form offers every open one). */
export function cachedRequirementThreads(modificationId: string, requirementId: string) {
  return cachedForModification(modificationId, ["requirement-threads", requirementId], () => findThreads(db(), modificationId, { requirementId }));
}

/** One page of a requirement's threads with their total, as findRequirementThreadPage reads it. */
export function cachedRequirementThreadPage(modificationId: string, requirementId: string, page: number) {
  return cachedForModification(modificationId, ["requirement-thread-page", requirementId, String(page)], () => findRequirementThreadPage(db(), modificationId, requirementId, page));
}

/** A page of the comments log with its counts and the filters' choices, as findCommentsLog reads it (one entry per filter and page). */
export function cachedCommentsLog(modificationId: string, filter: CommentsLogFilter) {
  const { round, committee, requirement, status, severity, organisation, page } = filter;
  const key = [round, committee, requirement, status, severity, organisation, page].map((v) => String(v ?? ""));
  return cachedForModification(modificationId, ["comments-log", ...key], () => findCommentsLog(db(), modificationId, filter));
}

/** The modification's open review rounds (roundsToCommentIn leaves out, and closes, any past its window). */
export function cachedOpenRounds(modificationId: string) {
  return cachedForModification(modificationId, ["open-rounds"], () => findOpenRounds(db(), modificationId));
}

/** A page of the requirements list, as findRequirementsByArea reads it (with each one's open threads, for those who may read comments). */
export function cachedRequirementsList(modificationId: string, filter: RequirementFilter, { openThreads }: { openThreads: boolean }) {
  const key = ["requirements", filter.status ?? "all", String(filter.page), openThreads ? "with-open-threads" : "without-threads"];
  return cachedForModification(modificationId, key, () => findRequirementsByArea(db(), modificationId, filter, { openThreads }));
}

/** A requirement's versions, as findRequirementVersions reads them. */
export function cachedRequirementVersions(modificationId: string, requirementId: string) {
  return cachedForModification(modificationId, ["requirement-versions", requirementId], () => findRequirementVersions(db(), requirementId));
}

/** The threads each version of a requirement said it addresses, as threadsAddressedByVersion reads them. */
export async function cachedThreadsAddressedByVersion(modificationId: string, requirementId: string) {
  const entries = await cachedForModification(modificationId, ["addressed-by-version", requirementId], async () => [...(await threadsAddressedByVersion(db(), requirementId))]);
  return new Map(entries);
}

/** The modification's DCC assessments with their latest figures, as findAssessments reads them (for impact.read: the page checks). */
export function cachedAssessments(modificationId: string) {
  return cachedForModification(modificationId, ["assessments"], () => findAssessments(db(), modificationId));
}
