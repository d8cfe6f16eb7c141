package com.upward.survey.internal;

import com.upward.program.CohortCompleted;
import com.upward.program.CohortStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens a cohort's surveys in the transaction of the step that opens them: the cohort page decides whether the
 * cohort may be archived from its closing surveys, and the notifications sent after the commit link to them.
 */
@Component
class CohortSurveyReactions {

    private final CohortSurveyService surveys;

    CohortSurveyReactions(CohortSurveyService surveys) {
        this.surveys = surveys;
    }

    @EventListener
    void on(CohortStarted started) {
        surveys.openStartSurvey(started.cohortId(), started.on());
    }

    @EventListener
    void on(CohortCompleted completed) {
        surveys.openClosingSurveys(completed.cohortId(), completed.on());
    }
}
