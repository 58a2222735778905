-- An entity's audit events, by entity: a version-checked save that finds the row moved on looks up
-- the event that made the current version, to say who saved it and when (lib/versioning).
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");
