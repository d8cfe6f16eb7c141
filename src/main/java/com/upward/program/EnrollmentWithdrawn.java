package com.upward.program;

import java.time.LocalDate;

/**
 * HR took someone out of a cohort. Published inside that transaction: a pair they are in ends in it too, on
 * {@code on}, with {@code pairEndReason}.
 */
public record EnrollmentWithdrawn(long enrollmentId, long cohortId, LocalDate on, String pairEndReason) {
}
