package com.upward.directory.internal;

import com.upward.base.i18n.Text;

import com.upward.directory.internal.ImportPlan.Candidate;
import com.upward.directory.internal.ImportPlan.Outcome;
import com.upward.directory.internal.ImportPlan.Planned;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every row of an HRIS file against the template's rules, the other rows and the directory, and decides
 * per row: new, updated, unchanged or rejected. Pure: no database, so it is unit-tested row by row.
 */
final class ImportValidator {

    static final Text BAD_ACTIVE = Text.of("directory.import.bad-active");
    private static final int PROGRESS_STEP = 1000;

    private ImportValidator() {
    }

    static ImportPlan validate(HrisFile file, DirectorySnapshot directory, ImportOptions options,
                               ImportProgress progress) {
        int total = file.rowCount();
        Map<Integer, List<ImportProblem>> problems = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>(total);
        for (HrisFile.Row row : file.rows()) {
            List<ImportProblem> rowProblems = new ArrayList<>(row.problems());
            candidates.add(candidate(file, row, rowProblems));
            if (!rowProblems.isEmpty()) {
                problems.put(row.number(), rowProblems);
            }
            if (candidates.size() % PROGRESS_STEP == 0) {
                progress.update(ImportProgress.CHECKING_ROWS, candidates.size(), total);
            }
        }
        duplicates(candidates, Candidate::number, HrisColumn.EMPLOYEE_NUMBER, problems);
        duplicates(candidates, Candidate::email, HrisColumn.EMAIL, problems);
        emailsOfOthers(candidates, directory, problems);
        ReportingLines.check(file, candidates, directory, problems);

        List<Planned> planned = new ArrayList<>(total);
        for (Candidate c : candidates) {
            EmployeeRecord existing = c.number() == null ? null : directory.byNumber(c.number());
            Outcome outcome = problems.containsKey(c.row()) ? Outcome.REJECTED
                    : existing == null ? Outcome.NEW
                    : differs(file, c, existing, directory) ? Outcome.UPDATED : Outcome.UNCHANGED;
            planned.add(new Planned(c, existing, outcome));
        }
        progress.update(ImportProgress.CHECKING_ROWS, total, total);
        return new ImportPlan(planned, sorted(problems), problems.size(), deactivations(file, directory, options));
    }

    // --- one row ------------------------------------------------------------------------------------------------

    private static Candidate candidate(HrisFile file, HrisFile.Row row, List<ImportProblem> problems) {
        int n = row.number();
        String number = text(row, HrisColumn.EMPLOYEE_NUMBER, problems);
        String email = text(row, HrisColumn.EMAIL, problems);
        if (email != null && !EmployeeRules.isEmail(email)) {
            problems.add(ImportProblem.of(n, HrisColumn.EMAIL, EmployeeRules.BAD_EMAIL));
            email = null;
        }
        String timeZone = text(row, HrisColumn.TIME_ZONE, problems);
        if (timeZone != null && !EmployeeRules.isTimeZone(timeZone)) {
            problems.add(ImportProblem.of(n, HrisColumn.TIME_ZONE, EmployeeRules.BAD_TIME_ZONE));
        }
        return new Candidate(n, number,
                text(row, HrisColumn.FIRST_NAME, problems), text(row, HrisColumn.LAST_NAME, problems), email,
                text(row, HrisColumn.DEPARTMENT, problems), text(row, HrisColumn.JOB_TITLE, problems),
                level(row, problems), text(row, HrisColumn.LOCATION, problems), timeZone,
                text(row, HrisColumn.MANAGER_EMPLOYEE_NUMBER, problems),
                file.has(HrisColumn.HIRE_DATE) ? hireDate(row, problems) : null,
                file.has(HrisColumn.ACTIVE) ? active(row, problems) : null,
                tags(file, row, HrisColumn.SKILLS, problems), tags(file, row, HrisColumn.INTERESTS, problems),
                tags(file, row, HrisColumn.LANGUAGES, problems));
    }

    /** The value as stored (formula-looking text included: it is data, never evaluated); null when blank. */
    private static String text(HrisFile.Row row, HrisColumn column, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value == null || value.isEmpty()) {
            if (column.required()) {
                problems.add(ImportProblem.of(row.number(), column, EmployeeRules.REQUIRED));
            }
            return null;
        }
        if (value.length() > column.maxLength()) {
            problems.add(ImportProblem.of(row.number(), column,
                    EmployeeRules.tooLong(column.maxLength(), value.length())));
            return null;
        }
        return value;
    }

    private static Integer level(HrisFile.Row row, List<ImportProblem> problems) {
        String value = row.get(HrisColumn.JOB_LEVEL);
        if (value.isEmpty()) {
            problems.add(ImportProblem.of(row.number(), HrisColumn.JOB_LEVEL, EmployeeRules.REQUIRED));
            return null;
        }
        try {
            int level = Integer.parseInt(value);
            if (EmployeeRules.isLevel(level)) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(ImportProblem.of(row.number(), HrisColumn.JOB_LEVEL, EmployeeRules.BAD_LEVEL));
        return null;
    }

    private static LocalDate hireDate(HrisFile.Row row, List<ImportProblem> problems) {
        String value = row.get(HrisColumn.HIRE_DATE);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(ImportProblem.of(row.number(), HrisColumn.HIRE_DATE, EmployeeRules.BAD_DATE));
            return null;
        }
    }

    private static Boolean active(HrisFile.Row row, List<ImportProblem> problems) {
        return switch (row.get(HrisColumn.ACTIVE).toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "y", "1", "active" -> true;
            case "false", "no", "n", "0", "inactive" -> false;
            default -> {
                problems.add(ImportProblem.of(row.number(), HrisColumn.ACTIVE, BAD_ACTIVE));
                yield null;
            }
        };
    }

    /** "java | SQL|java" → [java, SQL] (with the file's separator): blanks dropped, duplicates once. */
    private static Set<String> tags(HrisFile file, HrisFile.Row row, HrisColumn column,
                                    List<ImportProblem> problems) {
        if (!file.has(column)) {
            return null;
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String part : row.get(column).split(Pattern.quote(file.tagSeparator()))) {
            String tag = part.strip();
            if (tag.length() > column.maxLength()) {
                problems.add(ImportProblem.of(row.number(), column, EmployeeRules.tagTooLong(tag, column.maxLength())));
            } else if (!tag.isEmpty()) {
                byKey.putIfAbsent(Keys.of(tag), tag);
            }
        }
        return new LinkedHashSet<>(byKey.values());
    }

    // --- across rows --------------------------------------------------------------------------------------------

    private static void duplicates(List<Candidate> candidates, java.util.function.Function<Candidate, String> value,
                                   HrisColumn column, Map<Integer, List<ImportProblem>> problems) {
        Map<String, List<Integer>> rowsByKey = new HashMap<>();
        for (Candidate c : candidates) {
            if (value.apply(c) != null) {
                rowsByKey.computeIfAbsent(Keys.of(value.apply(c)), k -> new ArrayList<>(1)).add(c.row());
            }
        }
        for (List<Integer> rows : rowsByKey.values()) {
            if (rows.size() > 1) {
                Text where = Text.of("directory.import.duplicate",
                        rows.stream().map(String::valueOf).collect(Collectors.joining(", ")));
                rows.forEach(row -> add(problems, ImportProblem.of(row, column, where)));
            }
        }
    }

    /** An email may not belong to a different employee of the directory (the database keeps emails unique). */
    private static void emailsOfOthers(List<Candidate> candidates, DirectorySnapshot directory,
                                       Map<Integer, List<ImportProblem>> problems) {
        for (Candidate c : candidates) {
            EmployeeRecord owner = c.email() == null ? null : directory.byEmail(c.email());
            if (owner != null && (c.number() == null || !Keys.of(owner.employeeNumber()).equals(Keys.of(c.number())))) {
                add(problems, ImportProblem.of(c.row(), HrisColumn.EMAIL,
                        Text.of("directory.import.email-of-other", owner.employeeNumber())));
            }
        }
    }

    static void add(Map<Integer, List<ImportProblem>> problems, ImportProblem problem) {
        problems.computeIfAbsent(problem.row(), r -> new ArrayList<>(1)).add(problem);
    }

    // --- verdicts -----------------------------------------------------------------------------------------------

    /** Whether a valid row changes the employee: only the columns the file has are compared. */
    private static boolean differs(HrisFile file, Candidate c, EmployeeRecord e, DirectorySnapshot directory) {
        if (!c.number().equals(e.employeeNumber()) || !c.firstName().equals(e.firstName())
                || !c.lastName().equals(e.lastName()) || !c.email().equals(e.email())
                || !c.department().equals(e.department()) || !c.jobTitle().equals(e.jobTitle())
                || c.level() != e.jobLevel() || !c.location().equals(e.location())
                || !c.timeZone().equals(e.timeZone())) {
            return true;
        }
        if (file.has(HrisColumn.MANAGER_EMPLOYEE_NUMBER)
                && !Objects.equals(Keys.of(c.managerNumber()), Keys.of(e.managerNumber()))) {
            return true;
        }
        if (file.has(HrisColumn.HIRE_DATE) && !Objects.equals(c.hireDate(), e.hireDate())) {
            return true;
        }
        if (file.has(HrisColumn.ACTIVE) && c.active() != e.active()) {
            return true;
        }
        for (HrisColumn column : List.of(HrisColumn.SKILLS, HrisColumn.INTERESTS, HrisColumn.LANGUAGES)) {
            if (file.has(column) && !c.tags(column).equals(directory.tags(column, e.id()))) {
                return true;
            }
        }
        return false;
    }

    private static List<Long> deactivations(HrisFile file, DirectorySnapshot directory, ImportOptions options) {
        if (!options.deactivateMissing()) {
            return List.of();
        }
        Set<String> inFile = new HashSet<>();
        file.rows().forEach(row -> {
            String number = row.get(HrisColumn.EMPLOYEE_NUMBER);
            if (number != null && !number.isEmpty()) {
                inFile.add(Keys.of(number));
            }
        });
        return directory.all().stream()
                .filter(e -> e.active() && !inFile.contains(Keys.of(e.employeeNumber())))
                .map(EmployeeRecord::id).sorted().toList();
    }

    private static List<ImportProblem> sorted(Map<Integer, List<ImportProblem>> problems) {
        return problems.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt(ImportProblem::row).thenComparingInt(ImportValidator::columnOrder))
                .toList();
    }

    private static final Map<String, Integer> COLUMN_ORDER = java.util.Arrays.stream(HrisColumn.values())
            .collect(Collectors.toMap(HrisColumn::header, Enum::ordinal));

    private static int columnOrder(ImportProblem problem) {
        return COLUMN_ORDER.getOrDefault(problem.column(), -1);
    }
}
