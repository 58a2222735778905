-- A comment keeps the role its author wrote it in: the comments log counts a reply as the
-- thread's response when its author then had a role that responds (comment.respond), and a
-- later change of the account's role must not rewrite which reply that was.
ALTER TABLE "Comment" ADD COLUMN "authorRole" "Role";

-- Comments written before this: the author's role today is the best record there is.
UPDATE "Comment" c SET "authorRole" = u."role" FROM "User" u WHERE u."id" = c."authorId";

ALTER TABLE "Comment" ALTER COLUMN "authorRole" SET NOT NULL;
