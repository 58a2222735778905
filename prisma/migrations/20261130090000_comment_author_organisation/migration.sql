-- A comment keeps the organisation its author acted for when writing it (the byline "Name
-- (Organisation)"), instead of following the account to whichever organisation it is in now.
ALTER TABLE "Comment" ADD COLUMN "authorOrganisationId" TEXT;

-- Comments written before this: the author's organisation today is the best record there is.
UPDATE "Comment" c SET "authorOrganisationId" = u."organisationId" FROM "User" u WHERE u."id" = c."authorId";

ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorOrganisationId_fkey" FOREIGN KEY ("authorOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
