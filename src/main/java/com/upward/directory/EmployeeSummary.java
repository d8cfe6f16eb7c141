package com.upward.directory;

/** A directory row: what the employee grid shows, nothing more. */
public record EmployeeSummary(long id, String employeeNumber, String firstName, String lastName, String email,
                              String department, String jobTitle, int jobLevel, String location, boolean active) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
