package com.upward.survey.internal;

import com.upward.survey.SurveyModels;
import com.upward.survey.SurveyService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a survey takes answers: from {@code opensOn} through {@code closesOn}, both days included, as dates in the
 * application clock's zone. A null {@code closesOn} keeps it open until the cohort is archived; an archived
 * cohort's surveys are closed. One rule for the to-do lists, the survey page and {@link SurveyService#answer}.
 */
public record SurveyWindow(LocalDate opensOn, LocalDate closesOn, boolean cohortArchived) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public enum State { NOT_YET_OPEN, OPEN, CLOSED }

    public State stateOn(LocalDate today) {
        if (cohortArchived || (closesOn != null && today.isAfter(closesOn))) {
            return State.CLOSED;
        }
        return today.isBefore(opensOn) ? State.NOT_YET_OPEN : State.OPEN;
    }

    public boolean isOpenOn(LocalDate today) {
        return stateOn(today) == State.OPEN;
    }

    /** Why the survey takes no answers on {@code today}; null while it is open. */
    public SurveyModels.NotOpen notOpenOn(LocalDate today) {
        return switch (stateOn(today)) {
            case OPEN -> null;
            case NOT_YET_OPEN -> SurveyModels.NotOpen.NOT_YET_OPEN;
            case CLOSED -> closesOn != null && today.isAfter(closesOn) ? SurveyModels.NotOpen.CLOSED_AFTER_LAST_DAY
                    : SurveyModels.NotOpen.CLOSED_WITH_COHORT;
        };
    }

    /** Why the survey takes no answers on {@code today}, as one English sentence (refusals); null while open. */
    public String notOpenReason(LocalDate today) {
        return switch (stateOn(today)) {
            case OPEN -> null;
            case NOT_YET_OPEN -> "This survey opens on " + DAY.format(opensOn) + "; you can answer it from then.";
            case CLOSED -> closesOn != null && today.isAfter(closesOn)
                    ? "This survey has been closed since " + DAY.format(closesOn.plusDays(1))
                    + " and no longer takes answers."
                    : "This survey closed when the cohort was archived and no longer takes answers.";
        };
    }
}
