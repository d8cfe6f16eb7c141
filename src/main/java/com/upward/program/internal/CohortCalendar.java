package com.upward.program.internal;

import com.upward.program.Cohort;
import java.time.LocalDate;

/**
 * What the calendar says about a cohort today, for its lifecycle buttons and their confirmations: the planned start,
 * whether starting now would be early (decision 020: then the cohort starts today), when its first check-ins would
 * fall due if it started now, its end, and whether its closing surveys still take answers.
 */
public record CohortCalendar(LocalDate today, LocalDate plannedStart, LocalDate firstCheckInsDueOn, LocalDate endsOn,
                             boolean closingSurveysOpen, LocalDate closingSurveysOpenUntil) {

    static CohortCalendar of(Cohort cohort, LocalDate today, boolean closingSurveysOpen,
                             LocalDate closingSurveysOpenUntil) {
        LocalDate start = today.isBefore(cohort.getStartsOn()) ? today : cohort.getStartsOn();
        return new CohortCalendar(today, cohort.getStartsOn(), cohort.getCadence().next(start), cohort.getEndsOn(),
                closingSurveysOpen, closingSurveysOpenUntil);
    }

    /** Whether starting now comes before the planned start date, which then becomes today. */
    public boolean startsEarly() {
        return today.isBefore(plannedStart);
    }

    /**
     * Whether the calendar says the step is due, so that the page highlights it when the lifecycle allows it:
     * opening enrollment and starting whenever allowed; completing from the end date on; archiving once the closing
     * surveys have closed (archiving closes them); cancelling never.
     */
    public boolean isDue(CohortMove move) {
        return switch (move) {
            case OPEN_ENROLLMENT, START -> true;
            case COMPLETE -> !today.isBefore(endsOn);
            case ARCHIVE -> !closingSurveysOpen;
            case CANCEL -> false;
        };
    }
}
