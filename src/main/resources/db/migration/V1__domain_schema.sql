-- Upward domain schema. One script for H2 (MySQL mode) and MySQL/MariaDB: keep to SQL both accept.
-- Conventions: BIGINT AUTO_INCREMENT ids, "version" columns for optimistic locking,
-- enums as VARCHAR, instants as DATETIME(6) in UTC, free text as TEXT.

-- Directory -------------------------------------------------------------------------------------

CREATE TABLE employee (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    employee_number VARCHAR(40)  NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    department      VARCHAR(100) NOT NULL,
    job_title       VARCHAR(150) NOT NULL,
    job_level       INT          NOT NULL,
    location        VARCHAR(100) NOT NULL,
    time_zone       VARCHAR(60)  NOT NULL,
    manager_id      BIGINT,
    hire_date       DATE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_employee_number UNIQUE (employee_number),
    CONSTRAINT uk_employee_email UNIQUE (email),
    CONSTRAINT fk_employee_manager FOREIGN KEY (manager_id) REFERENCES employee (id),
    CONSTRAINT ck_employee_level CHECK (job_level BETWEEN 1 AND 10)
);
CREATE INDEX ix_employee_name ON employee (last_name, first_name);
CREATE INDEX ix_employee_department ON employee (department);
CREATE INDEX ix_employee_location ON employee (location);
CREATE INDEX ix_employee_level ON employee (job_level);

CREATE TABLE employee_skill (
    employee_id BIGINT      NOT NULL,
    skill       VARCHAR(80) NOT NULL,
    PRIMARY KEY (employee_id, skill),
    CONSTRAINT fk_employee_skill_employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE CASCADE
);
CREATE INDEX ix_employee_skill_skill ON employee_skill (skill);

CREATE TABLE employee_interest (
    employee_id BIGINT      NOT NULL,
    interest    VARCHAR(80) NOT NULL,
    PRIMARY KEY (employee_id, interest),
    CONSTRAINT fk_employee_interest_employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE CASCADE
);

CREATE TABLE employee_language (
    employee_id BIGINT      NOT NULL,
    language    VARCHAR(40) NOT NULL,
    PRIMARY KEY (employee_id, language),
    CONSTRAINT fk_employee_language_employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE CASCADE
);

-- Accounts --------------------------------------------------------------------------------------

CREATE TABLE app_user (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    username             VARCHAR(100) NOT NULL,
    email                VARCHAR(254) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    employee_id          BIGINT,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    locked               BOOLEAN      NOT NULL DEFAULT FALSE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    last_login_at        DATETIME(6),
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT uk_app_user_email UNIQUE (email),
    CONSTRAINT uk_app_user_employee UNIQUE (employee_id),
    CONSTRAINT fk_app_user_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- Programs, cohorts, enrollment ----------------------------------------------------------------

CREATE TABLE program (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    name                 VARCHAR(150) NOT NULL,
    description          TEXT,
    owner_id             BIGINT       NOT NULL,
    default_cadence      VARCHAR(20)  NOT NULL,
    default_max_mentees  INT          NOT NULL,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_program_name UNIQUE (name),
    CONSTRAINT fk_program_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
);

CREATE TABLE cohort (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT       NOT NULL DEFAULT 0,
    program_id             BIGINT       NOT NULL,
    name                   VARCHAR(150) NOT NULL,
    description            TEXT,
    enrollment_opens_on    DATE         NOT NULL,
    enrollment_closes_on   DATE         NOT NULL,
    starts_on              DATE         NOT NULL,
    ends_on                DATE         NOT NULL,
    cadence                VARCHAR(20)  NOT NULL,
    max_mentees_per_mentor INT          NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    CONSTRAINT uk_cohort_program_name UNIQUE (program_id, name),
    CONSTRAINT fk_cohort_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT ck_cohort_dates CHECK (ends_on > starts_on AND enrollment_closes_on >= enrollment_opens_on)
);
CREATE INDEX ix_cohort_status ON cohort (status);

CREATE TABLE enrollment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    cohort_id           BIGINT       NOT NULL,
    employee_id         BIGINT       NOT NULL,
    side                VARCHAR(10)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    invited             BOOLEAN      NOT NULL DEFAULT FALSE,
    motivation          TEXT,
    availability        VARCHAR(200),
    preferred_mentor_id BIGINT,
    location_preference VARCHAR(10)  NOT NULL DEFAULT 'ANY',
    applied_at          DATETIME(6)  NOT NULL,
    decided_at          DATETIME(6),
    decided_by_id       BIGINT,
    withdrawal_reason   VARCHAR(500),
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    -- one enrollment per person and cohort: also keeps a mentee from mentoring in the same cohort
    CONSTRAINT uk_enrollment_cohort_employee UNIQUE (cohort_id, employee_id),
    CONSTRAINT fk_enrollment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_enrollment_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_enrollment_preferred_mentor FOREIGN KEY (preferred_mentor_id) REFERENCES employee (id),
    CONSTRAINT fk_enrollment_decided_by FOREIGN KEY (decided_by_id) REFERENCES app_user (id)
);
CREATE INDEX ix_enrollment_employee ON enrollment (employee_id);
CREATE INDEX ix_enrollment_cohort_side_status ON enrollment (cohort_id, side, status);

-- focus areas (mentee) or skills offered (mentor), matched against each other
CREATE TABLE enrollment_topic (
    enrollment_id BIGINT      NOT NULL,
    topic         VARCHAR(80) NOT NULL,
    PRIMARY KEY (enrollment_id, topic),
    CONSTRAINT fk_enrollment_topic_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE
);

-- Matching ---------------------------------------------------------------------------------------

CREATE TABLE mentor_assignment (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    cohort_id            BIGINT        NOT NULL,
    mentor_enrollment_id BIGINT        NOT NULL,
    mentee_enrollment_id BIGINT        NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    score                DECIMAL(5, 2),
    score_explanation    TEXT,
    assigned_by_id       BIGINT,
    assignment_reason    VARCHAR(500),
    starts_on            DATE          NOT NULL,
    ends_on              DATE,
    end_reason           VARCHAR(500),
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    CONSTRAINT fk_assignment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_assignment_mentor FOREIGN KEY (mentor_enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_assignment_mentee FOREIGN KEY (mentee_enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_assignment_assigned_by FOREIGN KEY (assigned_by_id) REFERENCES app_user (id)
);
CREATE INDEX ix_assignment_cohort_status ON mentor_assignment (cohort_id, status);
CREATE INDEX ix_assignment_mentor ON mentor_assignment (mentor_enrollment_id, status);
CREATE INDEX ix_assignment_mentee ON mentor_assignment (mentee_enrollment_id, status);

-- every change to a pair: who, when, why, old and new score
CREATE TABLE assignment_event (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    assignment_id            BIGINT       NOT NULL,
    event_type               VARCHAR(20)  NOT NULL,
    actor_id                 BIGINT,
    occurred_at              DATETIME(6)  NOT NULL,
    reason                   VARCHAR(500),
    old_score                DECIMAL(5, 2),
    new_score                DECIMAL(5, 2),
    previous_assignment_id   BIGINT,
    CONSTRAINT fk_assignment_event_assignment FOREIGN KEY (assignment_id) REFERENCES mentor_assignment (id),
    CONSTRAINT fk_assignment_event_actor FOREIGN KEY (actor_id) REFERENCES app_user (id),
    CONSTRAINT fk_assignment_event_previous FOREIGN KEY (previous_assignment_id) REFERENCES mentor_assignment (id)
);
CREATE INDEX ix_assignment_event_assignment ON assignment_event (assignment_id, occurred_at);

-- Goals ------------------------------------------------------------------------------------------

CREATE TABLE goal (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    enrollment_id       BIGINT       NOT NULL,
    goal_type           VARCHAR(10)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    why_it_matters      TEXT,
    success_criteria    TEXT,
    target_date         DATE,
    status              VARCHAR(20)  NOT NULL,
    progress            INT          NOT NULL DEFAULT 0,
    replaced_by_goal_id BIGINT,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT fk_goal_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_goal_replaced_by FOREIGN KEY (replaced_by_goal_id) REFERENCES goal (id),
    CONSTRAINT ck_goal_progress CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX ix_goal_enrollment ON goal (enrollment_id);
CREATE INDEX ix_goal_status ON goal (goal_type, status);

CREATE TABLE milestone (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    goal_id    BIGINT       NOT NULL,
    title      VARCHAR(200) NOT NULL,
    position   INT          NOT NULL,
    done       BOOLEAN      NOT NULL DEFAULT FALSE,
    done_on    DATE,
    CONSTRAINT fk_milestone_goal FOREIGN KEY (goal_id) REFERENCES goal (id) ON DELETE CASCADE
);
CREATE INDEX ix_milestone_goal ON milestone (goal_id, position);

CREATE TABLE goal_comment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    goal_id    BIGINT      NOT NULL,
    author_id  BIGINT      NOT NULL,
    body       TEXT        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_goal_comment_goal FOREIGN KEY (goal_id) REFERENCES goal (id) ON DELETE CASCADE,
    CONSTRAINT fk_goal_comment_author FOREIGN KEY (author_id) REFERENCES employee (id)
);
CREATE INDEX ix_goal_comment_goal ON goal_comment (goal_id, created_at);

-- Check-ins --------------------------------------------------------------------------------------

CREATE TABLE check_in (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    enrollment_id        BIGINT       NOT NULL,
    assignment_id        BIGINT,
    period_number        INT          NOT NULL,
    period_starts_on     DATE         NOT NULL,
    due_on               DATE         NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    submitted_at         DATETIME(6),
    reviewed_at          DATETIME(6),
    meeting_held         BOOLEAN,
    meeting_on           DATE,
    meeting_minutes      INT,
    wins                 TEXT,
    setbacks             TEXT,
    lessons              TEXT,
    next_steps           TEXT,
    support_needed       TEXT,
    help_requested       BOOLEAN      NOT NULL DEFAULT FALSE,
    help_urgency         VARCHAR(10),
    help_acknowledged_at DATETIME(6),
    confidence           INT,
    private_notes        TEXT,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_check_in_period UNIQUE (enrollment_id, period_number),
    CONSTRAINT fk_check_in_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_check_in_assignment FOREIGN KEY (assignment_id) REFERENCES mentor_assignment (id),
    CONSTRAINT ck_check_in_confidence CHECK (confidence IS NULL OR confidence BETWEEN 1 AND 5)
);
CREATE INDEX ix_check_in_due ON check_in (status, due_on);
CREATE INDEX ix_check_in_assignment ON check_in (assignment_id);

CREATE TABLE check_in_goal_update (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    check_in_id BIGINT      NOT NULL,
    goal_id     BIGINT      NOT NULL,
    progress    INT         NOT NULL,
    status      VARCHAR(20) NOT NULL,
    -- the setback text of the check-in concerns this goal (untagged setbacks count for every goal)
    setback     BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_goal_update UNIQUE (check_in_id, goal_id),
    CONSTRAINT fk_goal_update_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id) ON DELETE CASCADE,
    CONSTRAINT fk_goal_update_goal FOREIGN KEY (goal_id) REFERENCES goal (id),
    CONSTRAINT ck_goal_update_progress CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX ix_goal_update_goal ON check_in_goal_update (goal_id);

-- every submitted version of a check-in, as a JSON snapshot
CREATE TABLE check_in_revision (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    check_in_id  BIGINT      NOT NULL,
    revision     INT         NOT NULL,
    submitted_at DATETIME(6) NOT NULL,
    content      TEXT        NOT NULL,
    CONSTRAINT uk_check_in_revision UNIQUE (check_in_id, revision),
    CONSTRAINT fk_check_in_revision_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id) ON DELETE CASCADE
);

CREATE TABLE mentor_feedback (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT      NOT NULL DEFAULT 0,
    check_in_id      BIGINT      NOT NULL,
    author_id        BIGINT      NOT NULL,
    body             TEXT        NOT NULL,
    help_acknowledged BOOLEAN    NOT NULL DEFAULT FALSE,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_mentor_feedback_check_in UNIQUE (check_in_id),
    CONSTRAINT fk_mentor_feedback_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id),
    CONSTRAINT fk_mentor_feedback_author FOREIGN KEY (author_id) REFERENCES employee (id)
);

-- Surveys ----------------------------------------------------------------------------------------

CREATE TABLE survey (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    cohort_id  BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    title      VARCHAR(200) NOT NULL,
    opens_on   DATE         NOT NULL,
    closes_on  DATE,
    CONSTRAINT uk_survey_cohort_kind UNIQUE (cohort_id, kind),
    CONSTRAINT fk_survey_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);

CREATE TABLE survey_question (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    code      VARCHAR(40)  NOT NULL,
    text      VARCHAR(300) NOT NULL,
    scale_min INT          NOT NULL,
    scale_max INT          NOT NULL,
    CONSTRAINT uk_survey_question_code UNIQUE (survey_id, code),
    CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE
);

CREATE TABLE survey_response (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id     BIGINT      NOT NULL,
    enrollment_id BIGINT      NOT NULL,
    submitted_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_survey_response UNIQUE (survey_id, enrollment_id),
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_response_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);

CREATE TABLE survey_answer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    response_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    answer      INT    NOT NULL,
    CONSTRAINT uk_survey_answer UNIQUE (response_id, question_id),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id)
);
CREATE INDEX ix_survey_answer_question ON survey_answer (question_id);

-- Notifications ------------------------------------------------------------------------------------

CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT       NOT NULL,
    type         VARCHAR(40)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    body         TEXT,
    link         VARCHAR(300),
    -- makes scheduled jobs idempotent: the same reminder is never created twice
    dedup_key    VARCHAR(200),
    created_at   DATETIME(6)  NOT NULL,
    read_at      DATETIME(6),
    CONSTRAINT uk_notification_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);

CREATE TABLE notification_preference (
    user_id       BIGINT      NOT NULL,
    type          VARCHAR(40) NOT NULL,
    email_enabled BOOLEAN     NOT NULL,
    PRIMARY KEY (user_id, type),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE TABLE email_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    notification_id BIGINT,
    recipient_email VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    html_body       TEXT         NOT NULL,
    text_body       TEXT         NOT NULL,
    ics_attachment  TEXT,
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(1000),
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6),
    CONSTRAINT fk_email_outbox_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
);
CREATE INDEX ix_email_outbox_pending ON email_outbox (status, next_attempt_at);

-- Audit ------------------------------------------------------------------------------------------

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    entity_type VARCHAR(60)  NOT NULL,
    entity_id   BIGINT,
    details     TEXT,
    CONSTRAINT ck_audit_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'READ', 'REPORT', 'LOGIN', 'EXPORT'))
);
CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id);
CREATE INDEX ix_audit_actor ON audit_event (actor, occurred_at);
