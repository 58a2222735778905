import type { Role } from "@/lib/generated/prisma/enums";

/**
 * A new comment's author: the account, and the organisation it acts for and the role it holds at the
 * time of writing, kept on the comment so its byline and whether it was a response (the comments log)
 * stay as written if SECAS later moves the account elsewhere or changes its role. The commands, the
 * seed and the test fixtures all write it through here (so not server-only: the seed runs outside Next).
 */
export const authorFields = (author: { id: string; organisationId: string | null; role: Role }) => ({
  authorId: author.id,
  authorOrganisationId: author.organisationId,
  authorRole: author.role,
});
