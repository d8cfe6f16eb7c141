package com.upward.directory.internal;

import com.upward.base.i18n.Text;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column of an HRIS export holds each template field, by its header text, and what separates the values in a
 * skills, interests or languages cell. A field missing from the map is not in the file.
 */
public record ColumnMapping(Map<HrisColumn, String> headers, String tagSeparator) {

    /** The separators HR may choose for multi-value cells, with the words the page shows. */
    public static final Map<String, Text> SEPARATORS = Map.of(
            "|", Text.of("directory.mapping.separator.bar"), ";", Text.of("directory.mapping.separator.semicolon"),
            ",", Text.of("directory.mapping.separator.comma"), "/", Text.of("directory.mapping.separator.slash"));

    /** Other header names an export commonly uses for a field (lower case, single spaces). */
    private static final Map<HrisColumn, List<String>> ALSO_KNOWN_AS = Map.ofEntries(
            Map.entry(HrisColumn.EMPLOYEE_NUMBER, List.of("employee id", "employee number", "worker id")),
            Map.entry(HrisColumn.FIRST_NAME, List.of("first name", "given name")),
            Map.entry(HrisColumn.LAST_NAME, List.of("last name", "family name", "surname")),
            Map.entry(HrisColumn.EMAIL, List.of("email", "work email", "email address")),
            Map.entry(HrisColumn.JOB_TITLE, List.of("job title", "title")),
            Map.entry(HrisColumn.JOB_LEVEL, List.of("job level", "level", "grade")),
            Map.entry(HrisColumn.TIME_ZONE, List.of("time zone", "timezone")),
            Map.entry(HrisColumn.MANAGER_EMPLOYEE_NUMBER, List.of("manager employee number", "manager id",
                    "manager employee id")),
            Map.entry(HrisColumn.HIRE_DATE, List.of("hire date", "start date")));

    public ColumnMapping {
        headers = headers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(headers));
        if (!SEPARATORS.containsKey(tagSeparator)) {
            throw new IllegalArgumentException("Choose one of the listed separators");
        }
    }

    public Optional<String> headerOf(HrisColumn column) {
        return Optional.ofNullable(headers.get(column));
    }

    /** The template's header names, or a common other name, found among the file's headers. */
    public static ColumnMapping suggest(List<String> fileHeaders) {
        Map<HrisColumn, String> found = new EnumMap<>(HrisColumn.class);
        for (String header : fileHeaders) {
            String name = normal(header);
            for (HrisColumn column : HrisColumn.values()) {
                boolean known = name.equals(column.header().replace('_', ' '))
                        || ALSO_KNOWN_AS.getOrDefault(column, List.of()).contains(name);
                if (known) {
                    found.putIfAbsent(column, header);
                }
            }
        }
        return new ColumnMapping(found, HrisColumn.TAG_SEPARATOR);
    }

    /** Lower case, spaces for underscores and dashes, single spaces: "Employee_ID " and "employee-id" are alike. */
    static String normal(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    /** The required fields no column is chosen for. */
    public List<HrisColumn> missingRequired() {
        return java.util.Arrays.stream(HrisColumn.values()).filter(c -> c.required() && !headers.containsKey(c))
                .toList();
    }

    /** Stored form of a saved mapping: one "field=header" line per mapped field. */
    String columnsText() {
        return headers.entrySet().stream().map(e -> e.getKey().header() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    static ColumnMapping fromText(String columns, String tagSeparator) {
        Map<HrisColumn, String> headers = new EnumMap<>(HrisColumn.class);
        for (String line : columns.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                HrisColumn.forHeader(line.substring(0, equals))
                        .ifPresent(column -> headers.put(column, line.substring(equals + 1)));
            }
        }
        return new ColumnMapping(headers, tagSeparator);
    }
}
