package com.upward.survey.internal;

import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.survey.SurveyKind;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Survey with its questions, one response and its answers. */
@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class SurveyRepositoryTest {

    static final Instant SUBMITTED = Instant.parse("2026-08-29T11:22:33.444555Z");

    @Autowired
    SurveyRepository surveys;
    @Autowired
    SurveyResponseRepository responses;
    @Autowired
    TestEntityManager em;

    @Test
    void roundTripSurveyQuestionsResponseAndAnswers() {
        Cohort cohort = Fixtures.cohort(em);
        Enrollment mentee = Fixtures.enrollment(em, cohort, EnrollmentSide.MENTEE);

        Survey survey = new Survey(cohort, SurveyKind.CLOSING, "How was it?", LocalDate.of(2026, 8, 24));
        survey.setClosesOn(LocalDate.of(2026, 9, 7));
        SurveyQuestion nps = survey.addQuestion("NPS", "How likely are you to recommend this program to a colleague?", 0, 10);
        SurveyQuestion relationship = survey.addQuestion("RELATIONSHIP", "How would you rate your mentoring relationship?", 1, 5);
        surveys.save(survey);

        SurveyResponse response = new SurveyResponse(survey, mentee, SUBMITTED);
        response.addAnswer(nps, 9);
        response.addAnswer(relationship, 4);
        responses.saveAndFlush(response);
        em.clear();

        Survey loaded = surveys.findByCohortIdAndKind(cohort.getId(), SurveyKind.CLOSING).orElseThrow();
        assertThat(loaded.getTitle()).isEqualTo("How was it?");
        assertThat(loaded.getOpensOn()).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThat(loaded.getClosesOn()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(loaded.getVersion()).isZero();
        assertThat(loaded.getQuestions()).extracting(SurveyQuestion::getCode).containsExactly("NPS", "RELATIONSHIP");
        SurveyQuestion loadedNps = loaded.getQuestions().getFirst();
        assertThat(loadedNps.getPosition()).isZero();
        assertThat(loadedNps.getText()).isEqualTo("How likely are you to recommend this program to a colleague?");
        assertThat(loadedNps.getScaleMin()).isZero();
        assertThat(loadedNps.getScaleMax()).isEqualTo(10);
        assertThat(em.getEntityManager().createQuery(
                        "select q from SurveyQuestion q where q.survey.id = :survey order by q.position",
                        SurveyQuestion.class).setParameter("survey", survey.getId()).getResultList())
                .extracting(SurveyQuestion::getScaleMax).containsExactly(10, 5);

        SurveyResponse loadedResponse = responses.findBySurveyIdAndEnrollmentId(survey.getId(), mentee.getId()).orElseThrow();
        assertThat(loadedResponse.getSubmittedAt()).isEqualTo(SUBMITTED);
        assertThat(loadedResponse.getAnswers())
                .extracting(a -> a.getQuestion().getCode(), SurveyAnswer::getAnswer)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("NPS", 9),
                        org.assertj.core.groups.Tuple.tuple("RELATIONSHIP", 4));
        assertThat(em.getEntityManager().createQuery("select a from SurveyAnswer a where a.response.id = :response",
                SurveyAnswer.class).setParameter("response", response.getId()).getResultList()).hasSize(2);
        assertThat(responses.existsBySurveyIdAndEnrollmentId(survey.getId(), mentee.getId())).isTrue();
    }

    @Test
    void answerOutsideTheScaleIsRejected() {
        Survey survey = new Survey(Fixtures.cohort(em), SurveyKind.GROWTH_START, "Growth", LocalDate.of(2026, 3, 2));
        SurveyQuestion question = survey.addQuestion("SETBACKS", "I see setbacks as a chance to learn", 1, 5);
        SurveyResponse response = new SurveyResponse(survey, null, SUBMITTED);

        assertThatThrownBy(() -> response.addAnswer(question, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(response.getAnswers()).isEmpty();
    }

    @Test
    void secondResponseOfTheSameEnrollmentIsRefused() {
        Cohort cohort = Fixtures.cohort(em);
        Enrollment mentee = Fixtures.enrollment(em, cohort, EnrollmentSide.MENTEE);
        Survey survey = surveys.save(new Survey(cohort, SurveyKind.GROWTH_END, "Growth", LocalDate.of(2026, 8, 1)));
        responses.saveAndFlush(new SurveyResponse(survey, mentee, SUBMITTED));

        assertThatThrownBy(() -> responses.saveAndFlush(new SurveyResponse(survey, mentee, SUBMITTED)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
