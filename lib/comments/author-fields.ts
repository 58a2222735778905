import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";

/**
 * A new comment's author: the account, and the organisation it acts for and the role it holds at the
 * time of writing, kept on the comment so its byline and whether it was a response (the comments log)
 * stay as written if SECAS later moves the account elsewhere or changes its role.
 */
export const authorFields = (actor: CurrentUser) => ({ authorId: actor.id, authorOrganisationId: actor.organisationId, authorRole: actor.role });
