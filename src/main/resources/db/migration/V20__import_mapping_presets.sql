-- Issue 24: an HRIS export's columns are mapped to the template's fields once, saved under a name ("Workday
-- export") and chosen on the next import.
CREATE TABLE import_mapping_preset (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(80)  NOT NULL,
    columns_text  TEXT         NOT NULL,
    tag_separator VARCHAR(4)   NOT NULL,
    saved_by      VARCHAR(100) NOT NULL,
    saved_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_import_mapping_preset_name UNIQUE (name)
);
