package com.upward.survey;

import com.upward.base.i18n.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What {@link SurveyService} hands out: plain records. */
public final class SurveyModels {

    private SurveyModels() {
    }

    /** A survey the signed-in employee is asked to answer, answered or not yet. */
    public record SurveyTodo(long surveyId, SurveyKind kind, String title, String cohortName, LocalDate closesOn, boolean answered) {

        /** Where the survey is answered. */
        public String route() {
            return "surveys/" + surveyId;
        }
    }

    /** {@code code} names the question ("growth_1", "nps"); its words are the key {@code survey.question.<code>}. */
    public record Question(long id, String code, String text, int scaleMin, int scaleMax) {
    }

    /**
     * The survey with the employee's own answers (question id → value), its last day ({@code closesOn}, null when
     * open until the cohort is archived), and {@code notOpenReason}: why it takes no answers today, as one sentence,
     * or null while it is open.
     */
    public record SurveyForm(long surveyId, SurveyKind kind, String title, String cohortName, List<Question> questions,
                             Map<Long, Integer> answers, LocalDate opensOn, LocalDate closesOn, Text notOpenReason) {

        /** Whether answers can be sent or changed today. */
        public boolean editable() {
            return notOpenReason == null;
        }
    }

    /** How many of the people asked have answered: the only survey figure HR sees. */
    public record ResponseRate(SurveyKind kind, String title, long asked, long answered) {
    }

    /** The message key of a survey's title: surveys are made by kind, so the kind names them in any language. */
    public static String titleKey(SurveyKind kind) {
        return "survey.kind." + kind.name();
    }
}
