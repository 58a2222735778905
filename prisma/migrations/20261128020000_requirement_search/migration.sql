-- Full-text search over requirements (lib/search/search-requirements.ts).
--
-- Prisma's schema language cannot express an expression index, so this index lives only here
-- and prisma/schema.prisma stays unchanged. The expression must stay character for character
-- the one the query uses, or PostgreSQL will not use the index: the reference and title
-- weigh A, the body B, so a title match ranks above a mention in the body.
-- The migration engine splits scripts at every semicolon: keep them out of comments and strings.
CREATE INDEX "Requirement_search" ON "Requirement" USING GIN (
  (setweight(to_tsvector('english', "ref" || ' ' || "title"), 'A') || setweight(to_tsvector('english', "body"), 'B'))
);
