-- Issue 24: per-cohort matching options. With pair acceptance, a pair HR makes is PROPOSED until its mentor and its
-- mentee have both accepted; with self-match, an accepted mentee may ask a mentor with room, and the mentor or HR
-- confirms. A proposed pair holds the mentor's place and the mentee until it is accepted, declined or withdrawn
-- (then DECLINED: it never ran).
ALTER TABLE cohort ADD COLUMN pairs_need_acceptance BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE cohort ADD COLUMN mentees_choose_mentor BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE mentor_assignment ADD COLUMN proposed_at DATETIME(6);
ALTER TABLE mentor_assignment ADD COLUMN mentor_accepted_at DATETIME(6);
ALTER TABLE mentor_assignment ADD COLUMN mentee_accepted_at DATETIME(6);
ALTER TABLE mentor_assignment ADD COLUMN requested_by_mentee BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_mentor_assignment_proposed ON mentor_assignment (status, proposed_at);
