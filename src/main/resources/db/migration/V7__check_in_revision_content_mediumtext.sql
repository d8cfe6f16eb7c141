-- A revision keeps the whole submitted check-in as JSON: six texts of up to 4,000 characters each, up to three
-- UTF-8 bytes per character (CJK), which is more than TEXT's 65,535 bytes on MySQL/MariaDB (found by fuzzing:
-- "Data too long for column 'content'"). MEDIUMTEXT holds 16 MB; on H2 both are the same large text type.
ALTER TABLE check_in_revision MODIFY content MEDIUMTEXT NOT NULL;
