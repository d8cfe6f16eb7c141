package com.upward.survey;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import com.upward.survey.SurveyModels.Question;
import com.upward.survey.SurveyModels.ResponseRate;
import com.upward.survey.SurveyModels.SurveyForm;
import com.upward.survey.SurveyModels.SurveyTodo;
import com.upward.survey.internal.Survey;
import com.upward.survey.internal.SurveyAnswer;
import com.upward.survey.internal.SurveyParticipants;
import com.upward.survey.internal.SurveyQuestion;
import com.upward.survey.internal.SurveyResponse;
import com.upward.survey.internal.SurveyResponseRepository;
import com.upward.survey.internal.SurveyWindow;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answering the cohort surveys: the growth self-assessment (mentees, at the start and the end) and the closing
 * survey (both sides). Each is answered once and can be changed while it is open ({@link SurveyWindow}: from its
 * opening day through its closing day, and never once the cohort is archived). HR sees response rates only, never
 * anyone's answers.
 */
@Service
public class SurveyService {

    private static final String EMPLOYEE = "hasRole('" + Role.Names.EMPLOYEE + "')";
    private static final String HR = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')";

    private final EntityManager em;
    private final SurveyParticipants participants;
    private final SurveyResponseRepository responses;
    private final CurrentUser currentUser;
    private final Clock clock;

    SurveyService(EntityManager em, SurveyParticipants participants, SurveyResponseRepository responses,
                  CurrentUser currentUser, Clock clock) {
        this.em = em;
        this.participants = participants;
        this.responses = responses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The surveys open today ({@link SurveyWindow}) that ask the signed-in employee something, answered or not,
     * unanswered first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<SurveyTodo> mySurveys() {
        if (!currentUser.isEmployee()) {
            return List.of(); // an account without an employee record takes part in nothing
        }
        return participants.openSurveysOf(currentUser.requireEmployeeId(), LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public SurveyForm form(long surveyId) {
        Survey survey = survey(surveyId);
        Enrollment enrollment = asked(survey);
        Map<Long, Integer> answers = new HashMap<>();
        responses.findBySurveyIdAndEnrollmentId(surveyId, enrollment.getId())
                .ifPresent(r -> r.getAnswers().forEach(a -> answers.put(a.getQuestion().getId(), a.getAnswer())));
        LocalDate today = LocalDate.now(clock);
        return new SurveyForm(survey.getId(), survey.getKind(), survey.getTitle(), survey.getCohort().getName(),
                survey.getQuestions().stream().sorted(Comparator.comparingInt(SurveyQuestion::getPosition))
                        .map(q -> new Question(q.getId(), q.getCode(), q.getText(), q.getScaleMin(), q.getScaleMax()))
                        .toList(),
                answers, survey.getOpensOn(), survey.getClosesOn(), window(survey).notOpenReason(today));
    }

    /**
     * Stores or changes the employee's answers while the survey is open; every question needs an answer on its
     * scale.
     */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void answer(long surveyId, Map<Long, Integer> answers) {
        Survey survey = survey(surveyId);
        Enrollment enrollment = asked(survey);
        Text notOpen = window(survey).notOpenReason(LocalDate.now(clock));
        if (notOpen != null) {
            throw new BusinessRuleException(null, notOpen);
        }
        for (SurveyQuestion q : survey.getQuestions()) {
            Integer value = answers.get(q.getId());
            if (value == null || !q.accepts(value)) {
                String field = "q" + q.getId();
                throw new BusinessRuleException(field, "survey.rule.scale", q.getScaleMin(), q.getScaleMax());
            }
        }
        SurveyResponse response = responses.findBySurveyIdAndEnrollmentId(surveyId, enrollment.getId())
                .orElseGet(() -> new SurveyResponse(survey, enrollment, clock.instant()));
        Map<Long, SurveyAnswer> existing = new HashMap<>();
        response.getAnswers().forEach(a -> existing.put(a.getQuestion().getId(), a));
        for (SurveyQuestion q : survey.getQuestions()) {
            SurveyAnswer a = existing.get(q.getId());
            if (a == null) {
                response.addAnswer(q, answers.get(q.getId()));
            } else {
                a.setAnswer(answers.get(q.getId()));
            }
        }
        response.setSubmittedAt(clock.instant());
        responses.save(response);
    }

    /** Per survey of the cohort: how many people were asked and how many answered. Counts only. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public List<ResponseRate> responseRates(long cohortId) {
        return participants.responseRates(cohortId);
    }

    private static SurveyWindow window(Survey survey) {
        return new SurveyWindow(survey.getOpensOn(), survey.getClosesOn(),
                survey.getCohort().getStatus() == CohortStatus.ARCHIVED);
    }

    private Survey survey(long surveyId) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null) {
            throw new AccessDeniedException("This survey is not for you.");
        }
        return survey;
    }

    /** The signed-in employee's enrollment that this survey asks; refused when it asks them nothing. */
    private Enrollment asked(Survey survey) {
        return participants.askedEnrollment(survey, currentUser.requireEmployeeId()).orElseThrow(() -> new AccessDeniedException("This survey is not for you."));
    }
}
