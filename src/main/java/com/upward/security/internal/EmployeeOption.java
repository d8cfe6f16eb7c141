package com.upward.security.internal;

/** An employee without an account, as the "create account" picker offers them. */
public record EmployeeOption(long id, String employeeNumber, String firstName, String lastName, String email,
                             String department, String jobTitle) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
