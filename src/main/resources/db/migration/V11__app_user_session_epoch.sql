-- Issue 21: a change of password, a reset, a lock, a deactivation or a change of roles ends the account's other
-- sessions. Each session remembers the value it signed in with; every node compares it with this one on each
-- request (SessionEpochFilter), so a change on one node ends sessions held by the others.
ALTER TABLE app_user ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
