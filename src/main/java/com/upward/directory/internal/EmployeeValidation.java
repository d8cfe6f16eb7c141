package com.upward.directory.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.Texts;

import com.upward.directory.EmployeeDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The service's own check of an edited employee: the form checks the same, but a view check alone is not enough. */
public final class EmployeeValidation {

    private EmployeeValidation() {
    }

    /** The values as they are kept: one line each, without control characters (see {@link Texts#line}). */
    public static EmployeeDetails cleaned(EmployeeDetails d) {
        return new EmployeeDetails(d.id(), d.version(), Texts.line(d.employeeNumber()), Texts.line(d.firstName()),
                Texts.line(d.lastName()), Texts.line(d.email()), Texts.line(d.department()),
                Texts.line(d.jobTitle()), d.jobLevel(), Texts.line(d.location()), Texts.line(d.timeZone()),
                d.manager(), d.hireDate(), d.active(), lines(d.skills()), lines(d.interests()), lines(d.languages()));
    }

    private static Set<String> lines(Set<String> tags) {
        return tags.stream().filter(Objects::nonNull).map(Texts::line).collect(Collectors.toSet());
    }

    public static void check(EmployeeDetails d) {
        text("employeeNumber", d.employeeNumber(), HrisColumn.EMPLOYEE_NUMBER);
        text("firstName", d.firstName(), HrisColumn.FIRST_NAME);
        text("lastName", d.lastName(), HrisColumn.LAST_NAME);
        text("email", d.email(), HrisColumn.EMAIL);
        if (!EmployeeRules.isEmail(d.email().strip())) {
            throw new BusinessRuleException("email", EmployeeRules.BAD_EMAIL);
        }
        text("department", d.department(), HrisColumn.DEPARTMENT);
        text("jobTitle", d.jobTitle(), HrisColumn.JOB_TITLE);
        if (!EmployeeRules.isLevel(d.jobLevel())) {
            throw new BusinessRuleException("jobLevel", EmployeeRules.BAD_LEVEL);
        }
        text("location", d.location(), HrisColumn.LOCATION);
        text("timeZone", d.timeZone(), HrisColumn.TIME_ZONE);
        if (!EmployeeRules.isTimeZone(d.timeZone().strip())) {
            throw new BusinessRuleException("timeZone", EmployeeRules.BAD_TIME_ZONE);
        }
        tags("skills", d.skills(), HrisColumn.SKILLS);
        tags("interests", d.interests(), HrisColumn.INTERESTS);
        tags("languages", d.languages(), HrisColumn.LANGUAGES);
    }

    private static void text(String field, String value, HrisColumn column) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(field, EmployeeRules.REQUIRED);
        }
        int length = value.strip().length();
        if (length > column.maxLength()) {
            throw new BusinessRuleException(field, EmployeeRules.tooLong(column.maxLength(), length));
        }
    }

    private static void tags(String field, Set<String> tags, HrisColumn column) {
        for (String tag : tags) {
            if (tag != null && tag.contains(HrisColumn.TAG_SEPARATOR)) {
                throw new BusinessRuleException(field, "directory.field.tag-separator", HrisColumn.TAG_SEPARATOR);
            }
            if (tag != null && tag.strip().length() > column.maxLength()) {
                throw new BusinessRuleException(field, EmployeeRules.tagTooLong(tag.strip(), column.maxLength()));
            }
        }
    }

    /** Stripped, blanks dropped, and one of each as the database compares them. */
    public static Set<String> cleanTags(Set<String> tags) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                byKey.putIfAbsent(Keys.of(tag.strip()), tag.strip());
            }
        }
        return new TreeSet<>(byKey.values());
    }
}
