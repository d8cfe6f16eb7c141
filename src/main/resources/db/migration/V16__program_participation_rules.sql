-- Issue 24: one person was a mentee in three running cohorts at once, and a mentor with 3 mentees got a 4th through
-- another cohort. Each program says whether a mentee takes part in one running cohort at a time, and whether a
-- mentor's capacity counts their mentees in every running cohort; both on unless HR turns them off.
ALTER TABLE program ADD COLUMN one_running_cohort_per_mentee BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE program ADD COLUMN mentor_capacity_across_cohorts BOOLEAN NOT NULL DEFAULT TRUE;
