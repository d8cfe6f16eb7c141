package com.upward.matching.internal;

import com.upward.matching.AssignmentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A pair of a cohort as its Pairs tab lists it, ended pairs too. */
public record PairRow(long id, String mentorName, String menteeName, BigDecimal score, AssignmentStatus status,
                      LocalDate startsOn, LocalDate endsOn) {
}
