package com.upward.directory.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the HRIS import template (docs/hris-import.md), in template order. Length limits are the schema's
 * (V1__domain_schema.sql); for the tag columns the limit applies to each value inside the cell.
 */
public enum HrisColumn {
    EMPLOYEE_NUMBER("employee_number", true, 40),
    FIRST_NAME("first_name", true, 100),
    LAST_NAME("last_name", true, 100),
    EMAIL("email", true, 254),
    DEPARTMENT("department", true, 100),
    JOB_TITLE("job_title", true, 150),
    JOB_LEVEL("job_level", true, 0),
    LOCATION("location", true, 100),
    TIME_ZONE("time_zone", true, 60),
    MANAGER_EMPLOYEE_NUMBER("manager_employee_number", false, 40),
    HIRE_DATE("hire_date", false, 0),
    SKILLS("skills", false, 80),
    INTERESTS("interests", false, 80),
    LANGUAGES("languages", false, 40),
    ACTIVE("active", false, 0);

    /** Separates the values inside a skills, interests or languages cell: "java|sql". */
    public static final String TAG_SEPARATOR = "|";

    private final String header;
    private final boolean required;
    private final int maxLength;

    HrisColumn(String header, boolean required, int maxLength) {
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** Maximum characters of a value (of each tag for tag columns); 0 when the column is not free text. */
    public int maxLength() {
        return maxLength;
    }

    /** Matches a header cell: case-insensitive, surrounding spaces ignored, inner spaces or dashes as underscores. */
    static Optional<HrisColumn> forHeader(String cell) {
        String name = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return Arrays.stream(values()).filter(c -> c.header.equals(name)).findFirst();
    }
}
