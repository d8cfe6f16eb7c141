-- Issue 24: people reset a forgotten password themselves, by a link sent to their email. Only a hash of each
-- link's token is kept; a link works once and for a short time. Accounts created by single sign-on never had a
-- password anyone knows, and are not offered a reset.
CREATE TABLE password_reset (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    token_hash CHAR(64) NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at DATETIME(6) NULL,
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_password_reset_user ON password_reset (user_id, requested_at);
ALTER TABLE app_user ADD COLUMN sso_only BOOLEAN NOT NULL DEFAULT FALSE;
