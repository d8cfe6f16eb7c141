package com.upward.program;

/** The side an employee takes in a cohort. Mentor and mentee are per enrollment, not global roles. */
public enum EnrollmentSide {
    MENTOR, MENTEE
}
