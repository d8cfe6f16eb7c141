package com.upward.directory;

import java.time.LocalDate;
import java.util.Set;

/**
 * One employee with every field, for the edit form and back to {@link DirectoryService#saveEmployee}. {@code id} is
 * null for a new employee; {@code version} is the one the form loaded, so that a conflicting edit is detected.
 */
public record EmployeeDetails(Long id, long version, String employeeNumber, String firstName, String lastName,
                              String email, String department, String jobTitle, int jobLevel, String location,
                              String timeZone, EmployeeRef manager, LocalDate hireDate, boolean active,
                              Set<String> skills, Set<String> interests, Set<String> languages) {

    public EmployeeDetails {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        interests = interests == null ? Set.of() : Set.copyOf(interests);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
