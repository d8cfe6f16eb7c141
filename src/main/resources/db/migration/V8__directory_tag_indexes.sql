-- The directory's filter options list the distinct interests and languages: with these indexes (skills have one
-- since V1) the database reads one index entry per distinct value, not every tag row (docs/benchmarks.md, issue 10).
CREATE INDEX ix_employee_interest_interest ON employee_interest (interest);
CREATE INDEX ix_employee_language_language ON employee_language (language);
