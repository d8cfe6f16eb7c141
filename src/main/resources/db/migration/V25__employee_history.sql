-- The directory's dated history of the fields that matter for outcomes (issue 26): one row per change, holding the
-- job level, department, manager and active flag an employee had from valid_from on, until the next row. Written in
-- the same transaction by the HRIS import and by edits (EmployeeHistory); the state on a day is the row with the
-- latest valid_from on or before it (the higher id wins within a day). No foreign key on manager_id: a row keeps the
-- manager someone had even if that employee is later removed.
CREATE TABLE employee_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    employee_id BIGINT       NOT NULL,
    valid_from  DATE         NOT NULL,
    job_level   INT          NOT NULL,
    department  VARCHAR(100) NOT NULL,
    manager_id  BIGINT,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT fk_employee_history_employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE CASCADE
);
CREATE INDEX ix_employee_history_employee ON employee_history (employee_id, valid_from);

-- Existing employees start their history with what they are now, active, from their hire date (or the day their
-- record was created if the hire date is unknown); those no longer active get a second row from their last update,
-- the best date known for leaving, never before the first row (on the same day the later row, the higher id, wins).
INSERT INTO employee_history (employee_id, valid_from, job_level, department, manager_id, active)
SELECT id, COALESCE(hire_date, CAST(created_at AS DATE)), job_level, department, manager_id, TRUE FROM employee;
INSERT INTO employee_history (employee_id, valid_from, job_level, department, manager_id, active)
SELECT id, GREATEST(CAST(updated_at AS DATE), COALESCE(hire_date, CAST(created_at AS DATE))), job_level, department,
       manager_id, FALSE
FROM employee WHERE active = FALSE;
