package com.upward.directory;

import com.upward.base.SqlPages;
import com.upward.directory.internal.EmployeeRules;

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
    public String textPattern() {
        return SqlPages.containing(text);
    }

    public int levelFrom() {
        return minLevel == null ? EmployeeRules.MIN_LEVEL : minLevel;
    }

    public int levelTo() {
        return maxLevel == null ? EmployeeRules.MAX_LEVEL : maxLevel;
    }
}
