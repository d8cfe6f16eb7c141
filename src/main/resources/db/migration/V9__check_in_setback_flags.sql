-- The failing-forward rate counts submitted check-ins that name a setback and a lesson. Testing the TEXT columns
-- themselves reads every check-in row (about 0.7 s for 300,000 on MariaDB, docs/benchmarks.md, issue 10); these
-- generated flags (computed by the database, never written by the app) let the index below answer it alone.
ALTER TABLE check_in ADD COLUMN has_setback BOOLEAN GENERATED ALWAYS AS (setbacks IS NOT NULL);
ALTER TABLE check_in ADD COLUMN has_lesson BOOLEAN GENERATED ALWAYS AS (lessons IS NOT NULL);
CREATE INDEX ix_check_in_failing_forward ON check_in (enrollment_id, has_setback, due_on, status, has_lesson);
