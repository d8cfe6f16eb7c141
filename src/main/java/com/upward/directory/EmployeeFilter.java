package com.upward.directory;

import com.upward.base.SqlPages;

/**
 * What the directory grid and its export narrow to. Null (or blank text) means "any"; the level range is inclusive.
 */
public record EmployeeFilter(String text, String department, String location, Integer minLevel, Integer maxLevel,
                             String skill, Boolean active) {

    public static final EmployeeFilter ALL = new EmployeeFilter(null, null, null, null, null, null, null);

    public static EmployeeFilter byText(String text) {
        return new EmployeeFilter(text, null, null, null, null, null, null);
    }

    /** A LIKE pattern for the name/email/number search; '!' escapes the wildcards the user typed. */
    String textPattern() {
        return SqlPages.containing(text);
    }

    int levelFrom() {
        return minLevel == null ? EmployeeRules.MIN_LEVEL : minLevel;
    }

    int levelTo() {
        return maxLevel == null ? EmployeeRules.MAX_LEVEL : maxLevel;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
