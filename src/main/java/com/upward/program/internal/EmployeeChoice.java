package com.upward.program.internal;

/** An employee HR can invite, as the invite box lists them. */
public record EmployeeChoice(long id, String firstName, String lastName, String department, int jobLevel,
                             String location) {
}
