-- Scheduled delivery of reports (issue 26): who gets which report by email how often, and files attached to an
-- email of the outbox (the report's PDF). Attachments have a table of their own so that listing the outbox never
-- reads them.

CREATE TABLE report_subscription (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    subscriber_id     BIGINT      NOT NULL,
    report_kind       VARCHAR(30) NOT NULL,
    -- null for a company-wide report
    program_id        BIGINT,
    frequency         VARCHAR(20) NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    -- the last day of the last period delivered (or skipped, see skipped_reason): the next one is due after it
    delivered_through DATE        NOT NULL,
    skipped_reason    VARCHAR(30),
    CONSTRAINT fk_report_subscription_user FOREIGN KEY (subscriber_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_subscription_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE,
    CONSTRAINT uq_report_subscription UNIQUE (subscriber_id, report_kind, program_id, frequency),
    CONSTRAINT ck_report_subscription_frequency CHECK (frequency IN ('MONTHLY', 'QUARTERLY'))
);
CREATE INDEX ix_report_subscription_due ON report_subscription (frequency, delivered_through);

CREATE TABLE email_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    email_id     BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      LONGBLOB     NOT NULL,
    CONSTRAINT fk_email_attachment_email FOREIGN KEY (email_id) REFERENCES email_outbox (id) ON DELETE CASCADE
);
