-- Whatever a command checks, the database also refuses to mix two modifications: a requirement's
-- area, the area of each of its versions, the requirement or Service Request a trace link points
-- to, and the versions a baseline freezes all belong to the same modification.

-- A requirement's area: a composite foreign key (areaId, modificationId) → RequirementArea.
ALTER TABLE "Requirement" DROP CONSTRAINT "Requirement_areaId_fkey";
CREATE UNIQUE INDEX "RequirementArea_id_modificationId_key" ON "RequirementArea"("id", "modificationId");
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_areaId_modificationId_fkey" FOREIGN KEY ("areaId", "modificationId") REFERENCES "RequirementArea"("id", "modificationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The rest spans tables a foreign key cannot relate without a modificationId column of their own,
-- so triggers say it. Their bodies are E'' strings with \073 for each semicolon: the migration
-- engine splits scripts at every semicolon (see the first migration). foreign_key_violation is
-- what Prisma reports as P2003.
CREATE FUNCTION refuse_other_modification_version_area() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NOT EXISTS (SELECT 1 FROM "Requirement" r JOIN "RequirementArea" a ON a."modificationId" = r."modificationId" WHERE r."id" = NEW."requirementId" AND a."id" = NEW."areaId") THEN RAISE EXCEPTION ''RequirementVersion: the area belongs to another modification'' USING ERRCODE = ''foreign_key_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "RequirementVersion_same_modification" BEFORE INSERT OR UPDATE ON "RequirementVersion"
  FOR EACH ROW EXECUTE FUNCTION refuse_other_modification_version_area();

CREATE FUNCTION refuse_other_modification_link() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF (NEW."targetRequirementId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Requirement" f JOIN "Requirement" t ON t."modificationId" = f."modificationId" WHERE f."id" = NEW."requirementId" AND t."id" = NEW."targetRequirementId")) OR (NEW."serviceRequestId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Requirement" f JOIN "ServiceRequest" s ON s."modificationId" = f."modificationId" WHERE f."id" = NEW."requirementId" AND s."id" = NEW."serviceRequestId")) THEN RAISE EXCEPTION ''TraceLink: the target belongs to another modification'' USING ERRCODE = ''foreign_key_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "TraceLink_same_modification" BEFORE INSERT OR UPDATE ON "TraceLink"
  FOR EACH ROW EXECUTE FUNCTION refuse_other_modification_link();

CREATE FUNCTION refuse_other_modification_baseline_entry() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NOT EXISTS (SELECT 1 FROM "RequirementVersion" v JOIN "Requirement" r ON r."id" = v."requirementId" JOIN "Baseline" b ON b."modificationId" = r."modificationId" WHERE v."id" = NEW."requirementVersionId" AND b."id" = NEW."baselineId") THEN RAISE EXCEPTION ''BaselineEntry: the requirement version belongs to another modification'' USING ERRCODE = ''foreign_key_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "BaselineEntry_same_modification" BEFORE INSERT ON "BaselineEntry"
  FOR EACH ROW EXECUTE FUNCTION refuse_other_modification_baseline_entry();

-- The same for the tables the next areas will write (review rounds, consultations, reports,
-- comments, impact assessments): what they point at is of their own modification. Prisma cannot
-- declare a composite foreign key for an optional relation over a required column, hence triggers.
CREATE FUNCTION refuse_other_modification_baseline() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NEW."baselineId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Baseline" b WHERE b."id" = NEW."baselineId" AND b."modificationId" = NEW."modificationId") THEN RAISE EXCEPTION ''%: the baseline belongs to another modification'', TG_TABLE_NAME USING ERRCODE = ''foreign_key_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "ReviewRound_same_modification" BEFORE INSERT OR UPDATE ON "ReviewRound"
  FOR EACH ROW EXECUTE FUNCTION refuse_other_modification_baseline();
CREATE TRIGGER "Consultation_same_modification" BEFORE INSERT OR UPDATE ON "Consultation"
  FOR EACH ROW EXECUTE FUNCTION refuse_other_modification_baseline();
CREATE TRIGGER "Report_same_modification" BEFORE INSERT OR UPDATE ON "Report"
  FOR EACH ROW EXECUTE FUNCTION refuse_other_modification_baseline();

CREATE FUNCTION refuse_other_modification_comment() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF (NEW."requirementVersionId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "RequirementVersion" v JOIN "Requirement" r ON r."id" = v."requirementId" WHERE v."id" = NEW."requirementVersionId" AND r."modificationId" = NEW."modificationId")) OR (NEW."reviewRoundId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ReviewRound" rr WHERE rr."id" = NEW."reviewRoundId" AND rr."modificationId" = NEW."modificationId")) OR (NEW."parentId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Comment" p WHERE p."id" = NEW."parentId" AND p."modificationId" = NEW."modificationId")) THEN RAISE EXCEPTION ''Comment: the requirement version, review round or parent belongs to another modification'' USING ERRCODE = ''foreign_key_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "Comment_same_modification" BEFORE INSERT OR UPDATE ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION refuse_other_modification_comment();

CREATE FUNCTION refuse_other_modification_impact() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF NEW."requirementId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Requirement" r WHERE r."id" = NEW."requirementId" AND r."modificationId" = NEW."modificationId") THEN RAISE EXCEPTION ''ImpactAssessment: the requirement belongs to another modification'' USING ERRCODE = ''foreign_key_violation''\073 END IF\073 RETURN NEW\073 END';
CREATE TRIGGER "ImpactAssessment_same_modification" BEFORE INSERT OR UPDATE ON "ImpactAssessment"
  FOR EACH ROW EXECUTE FUNCTION refuse_other_modification_impact();
