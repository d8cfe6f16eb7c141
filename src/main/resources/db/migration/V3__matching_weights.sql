-- Matching: HR's weight per criterion and cohort (criteria without a row use their default), and whether pairs
-- that already ran in an earlier cohort are ruled out.
CREATE TABLE matching_weight (
    cohort_id BIGINT      NOT NULL,
    criterion VARCHAR(30) NOT NULL,
    weight    INT         NOT NULL,
    PRIMARY KEY (cohort_id, criterion),
    CONSTRAINT fk_matching_weight_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT ck_matching_weight_range CHECK (weight BETWEEN 0 AND 100)
);

ALTER TABLE cohort ADD COLUMN exclude_previous_pairs BOOLEAN NOT NULL DEFAULT FALSE;
