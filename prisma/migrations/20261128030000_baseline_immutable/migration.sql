-- A baseline is a frozen record of what the requirements said: its entries are never changed
-- or removed, and the baseline row itself is never changed. Deleting a baseline that has entries
-- fails as well, since the cascade removes its entries row by row (TRUNCATE fires no row trigger,
-- so test resets still work).
-- Reuses refuse_history_change() from the first migration. No semicolon may appear in this
-- script except between statements: the migration engine splits scripts at every one of them.
CREATE TRIGGER "BaselineEntry_immutable" BEFORE UPDATE OR DELETE ON "BaselineEntry"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER "Baseline_immutable" BEFORE UPDATE ON "Baseline"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
