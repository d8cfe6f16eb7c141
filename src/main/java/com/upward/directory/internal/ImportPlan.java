package com.upward.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What an import would do, row by row: the validator's verdict, which the preview shows and the writer applies. */
record ImportPlan(List<Planned> rows, List<ImportProblem> problems, int rejected, List<Long> deactivate) {

    enum Outcome { NEW, UPDATED, UNCHANGED, REJECTED }

    /**
     * A row's values after checking. Fields of columns the file does not have are null (and left as they are on
     * update); tag sets are de-duplicated the way the database compares them.
     */
    record Candidate(int row, String number, String firstName, String lastName, String email, String department,
                     String jobTitle, Integer level, String location, String timeZone, String managerNumber,
                     LocalDate hireDate, Boolean active, Set<String> skills, Set<String> interests,
                     Set<String> languages) {

        Set<String> tags(HrisColumn column) {
            return switch (column) {
                case SKILLS -> skills;
                case INTERESTS -> interests;
                case LANGUAGES -> languages;
                default -> throw new IllegalArgumentException(column + " is not a tag column");
            };
        }
    }

    /** {@code existing} is the directory's employee with this number, or null for a new one. */
    record Planned(Candidate candidate, EmployeeRecord existing, Outcome outcome) {
    }

    int count(Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
