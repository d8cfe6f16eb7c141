package com.upward.survey.internal;

import com.upward.base.ReadModel;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.survey.SurveyKind;
import com.upward.survey.SurveyModels;
import com.upward.survey.SurveyModels.ResponseRate;
import com.upward.survey.SurveyModels.SurveyTodo;
import com.upward.survey.SurveyService;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who a survey asks: the accepted (or completed) enrollments of its cohort, mentees only for the growth surveys.
 * {@link SurveyService} checks the signed-in user and calls these.
 */
@Component
@ReadModel("a survey asks the enrollments of its cohort: surveys are joined with them in one query")
public class SurveyParticipants {

    private static final List<EnrollmentStatus> TAKING_PART = List.of(EnrollmentStatus.ACCEPTED,
            EnrollmentStatus.COMPLETED);

    private final EntityManager em;

    SurveyParticipants(EntityManager em) {
        this.em = em;
    }

    /** The surveys open today that ask the employee something, answered or not, unanswered first. */
    public List<SurveyTodo> openSurveysOf(long employeeId, LocalDate today) {
        // a projection: the home page shows these fields only, so no survey, cohort or enrollment is loaded
        List<Object[]> rows = em.createQuery("""
                        select s.id, s.kind, s.title, c.name, s.closesOn,
                               (select count(r) from SurveyResponse r where r.survey = s and r.enrollment = e)
                        from Survey s join s.cohort c, Enrollment e
                        where e.cohort = c and e.employee.id = :self and e.status in :taking
                          and c.status <> :archived and s.opensOn <= :today
                          and (s.closesOn is null or s.closesOn >= :today)
                          and (s.kind = :closing or e.side = :mentee)""", Object[].class)
                .setParameter("self", employeeId).setParameter("taking", TAKING_PART)
                .setParameter("archived", CohortStatus.ARCHIVED).setParameter("today", today)
                .setParameter("closing", SurveyKind.CLOSING).setParameter("mentee", EnrollmentSide.MENTEE)
                .getResultList();
        return rows.stream().map(row -> new SurveyTodo((Long) row[0], (SurveyKind) row[1], (String) row[2],
                (String) row[3], (LocalDate) row[4], (Long) row[5] > 0))
                .sorted(Comparator.comparing(SurveyTodo::answered).thenComparing(SurveyTodo::surveyId)).toList();
    }

    /** Per survey of the cohort: how many people were asked and how many answered. */
    public List<ResponseRate> responseRates(long cohortId) {
        return em.createQuery("""
                        select s.kind, s.title,
                          (select count(e) from Enrollment e where e.cohort = s.cohort and e.status in :taking
                             and (s.kind = :closing or e.side = :mentee)),
                          (select count(r) from SurveyResponse r where r.survey = s)
                        from Survey s where s.cohort.id = :cohort order by s.opensOn, s.id""", Object[].class)
                .setParameter("cohort", cohortId).setParameter("taking", TAKING_PART)
                .setParameter("closing", SurveyKind.CLOSING).setParameter("mentee", EnrollmentSide.MENTEE)
                .getResultList().stream()
                .map(row -> new ResponseRate((SurveyKind) row[0], (String) row[1], (Long) row[2], (Long) row[3]))
                .toList();
    }

    /** The employee's enrollment that the survey asks, if it asks them. */
    public Optional<Enrollment> askedEnrollment(Survey survey, long employeeId) {
        return em.createQuery("""
                        select e from Enrollment e where e.cohort = :cohort and e.employee.id = :self
                        and e.status in :taking""", Enrollment.class)
                .setParameter("cohort", survey.getCohort()).setParameter("self", employeeId)
                .setParameter("taking", TAKING_PART).getResultStream()
                .filter(e -> survey.getKind() == SurveyKind.CLOSING || e.getSide() == EnrollmentSide.MENTEE)
                .findFirst();
    }
}
