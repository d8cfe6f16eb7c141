package com.upward.program;

/** HR accepted, waitlisted or declined an application. Published in the decision's transaction. */
public record EnrollmentDecided(long enrollmentId, EnrollmentStatus decision) {
}
