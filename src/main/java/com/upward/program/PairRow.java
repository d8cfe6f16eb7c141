package com.upward.program;

import com.upward.matching.AssignmentStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A pair of the cohort, read-only until the matching board arrives. */
public record PairRow(long id, String mentorName, String menteeName, BigDecimal score, AssignmentStatus status,
                      LocalDate startsOn, LocalDate endsOn) {
}
