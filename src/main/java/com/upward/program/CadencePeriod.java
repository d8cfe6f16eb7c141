package com.upward.program;

import java.time.LocalDate;

/** One check-in period of a cohort: its number (1, 2, …), first day, and the day its check-in is due. */
public record CadencePeriod(int number, LocalDate startsOn, LocalDate dueOn) {
}
