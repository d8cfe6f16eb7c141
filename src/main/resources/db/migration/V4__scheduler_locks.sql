-- ShedLock's table (JDBC provider): one row per scheduled job; the row lock makes each job run once per slot
-- across every app node that shares the database.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);

-- the deliveries page filters by status and shows the newest first
CREATE INDEX ix_email_outbox_status_created ON email_outbox (status, created_at);
