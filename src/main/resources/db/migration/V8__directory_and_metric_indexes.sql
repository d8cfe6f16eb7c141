-- The directory's filter options list the distinct interests and languages: with these indexes (skills have one
-- since V1) the database reads one index entry per distinct value, not every tag row (docs/benchmarks.md, issue 10).
CREATE INDEX ix_employee_interest_interest ON employee_interest (interest);
CREATE INDEX ix_employee_language_language ON employee_language (language);
-- At-risk pairs count each pair's open urgent help requests: this finds them without reading every check-in row
-- of the mentee (190-310 ms → 36-48 ms for 2,200 active pairs and 300,000 check-ins on MariaDB).
CREATE INDEX ix_check_in_help ON check_in (enrollment_id, help_requested, help_urgency);
-- Bounce-back rate: a goal's setback updates and their progress read from the index alone (about 2× faster).
CREATE INDEX ix_goal_update_goal_setback ON check_in_goal_update (goal_id, setback, check_in_id, progress);
