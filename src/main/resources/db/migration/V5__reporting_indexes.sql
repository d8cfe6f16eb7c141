-- The outcome metrics count check-ins per enrollment by due date, status and submission time: with this index
-- they read the index alone, never the rows with their long texts (docs/benchmarks.md, outcome report).
CREATE INDEX ix_check_in_enrollment_due ON check_in (enrollment_id, due_on, status, submitted_at);
