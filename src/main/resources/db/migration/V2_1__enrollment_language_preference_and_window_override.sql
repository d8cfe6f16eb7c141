-- Enrollment: the applicant's language wishes (their languages come from the employee record), and whether HR
-- enrolled the person outside the enrollment window (the override is also written to the audit log).
ALTER TABLE enrollment ADD COLUMN language_preference VARCHAR(200);
ALTER TABLE enrollment ADD COLUMN window_override BOOLEAN NOT NULL DEFAULT FALSE;
