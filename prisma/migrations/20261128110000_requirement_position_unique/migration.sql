-- Two people reordering at once could leave two requirements at one position (and lose another).
-- First give every area a clean 1..n in its present order (position, then number), so data left
-- by that race satisfies the constraint, then let the database refuse duplicates from now on.
UPDATE "Requirement" AS r
SET "position" = ordered.place
FROM (SELECT "id", row_number() OVER (PARTITION BY "areaId" ORDER BY "position", "number") AS place FROM "Requirement") AS ordered
WHERE r."id" = ordered."id" AND r."position" <> ordered.place;

-- DropIndex
DROP INDEX "Requirement_areaId_position_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_areaId_position_key" ON "Requirement"("areaId", "position");
