-- Demo accounts share one known password, so the sign-in page warns while any of them can sign in (issue 21).
-- The demo generator marks the accounts it creates; accounts made before this column existed are recognised by the
-- demo company's e-mail domain (.example is reserved, RFC 2606: no real person has such an address).
ALTER TABLE app_user ADD COLUMN demo_account BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE app_user SET demo_account = TRUE WHERE email LIKE '%@upward.example';
CREATE INDEX ix_app_user_demo_account ON app_user (demo_account, enabled);
