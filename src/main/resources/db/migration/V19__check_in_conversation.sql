-- Issue 24: feedback went one way. Each submitted check-in has a short conversation between the mentee and their
-- mentor, under the check-in's privacy rules: HR and executives never read it.
CREATE TABLE check_in_message (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    check_in_id BIGINT      NOT NULL,
    author_id   BIGINT      NOT NULL,
    from_mentee BOOLEAN     NOT NULL,
    body        TEXT        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_check_in_message_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id) ON DELETE CASCADE,
    CONSTRAINT fk_check_in_message_author FOREIGN KEY (author_id) REFERENCES employee (id)
);
CREATE INDEX ix_check_in_message_check_in ON check_in_message (check_in_id, created_at);
