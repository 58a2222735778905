import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";

/**
 * A new comment's author: the account and the organisation it acts for at the time of writing, kept
 * on the comment so its byline stays as written if SECAS later moves the account elsewhere.
 */
export const authorFields = (actor: CurrentUser) => ({ authorId: actor.id, authorOrganisationId: actor.organisationId });
