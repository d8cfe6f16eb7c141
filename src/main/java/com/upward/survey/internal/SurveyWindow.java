package com.upward.survey.internal;

import com.upward.base.i18n.Text;
import com.upward.survey.SurveyService;
import java.time.LocalDate;

/**
 * When a survey takes answers: from {@code opensOn} through {@code closesOn}, both days included, as dates in the
 * application clock's zone. A null {@code closesOn} keeps it open until the cohort is archived; an archived
 * cohort's surveys are closed. One rule for the to-do lists, the survey page and {@link SurveyService#answer}.
 */
public record SurveyWindow(LocalDate opensOn, LocalDate closesOn, boolean cohortArchived) {

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

    /** Why the survey takes no answers on {@code today} (the page and the refusal say it); null while open. */
    public Text notOpenReason(LocalDate today) {
        return switch (stateOn(today)) {
            case OPEN -> null;
            case NOT_YET_OPEN -> Text.of("survey.view.not-yet-open", opensOn);
            case CLOSED -> closesOn != null && today.isAfter(closesOn)
                    ? Text.of("survey.view.closed-after", closesOn.plusDays(1))
                    : Text.of("survey.view.closed-with-cohort");
        };
    }
}
