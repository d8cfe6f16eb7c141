-- The audit view filters by time, actor and entity; the domain audit listener writes a row per change.
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id);

-- Failed sign-ins of the last day, for throttling by username and by address (SignInThrottle). Usernames as typed
-- (lower-cased), whether or not such an account exists.
CREATE TABLE sign_in_failure (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    username  VARCHAR(200) NOT NULL,
    address   VARCHAR(64)  NOT NULL,
    failed_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_sign_in_failure_username ON sign_in_failure (username, failed_at);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (address, failed_at);
CREATE INDEX ix_sign_in_failure_time ON sign_in_failure (failed_at);
