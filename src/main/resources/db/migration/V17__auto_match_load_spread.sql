-- Issue 24: auto-match gave 7 mentees to 3 of 6 mentors (3+3+1). Each cohort has a weight (0-100) for an even
-- spread of mentees across mentors against fit; existing cohorts get the default.
ALTER TABLE cohort ADD COLUMN load_spread_weight INT NOT NULL DEFAULT 20;
