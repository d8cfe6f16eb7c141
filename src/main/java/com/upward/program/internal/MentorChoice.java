package com.upward.program.internal;

/** A mentor of a cohort an applicant may name as their preferred mentor. */
public record MentorChoice(long employeeId, String firstName, String lastName, String department) {

    public String label() {
        return firstName + " " + lastName + " · " + department;
    }
}
