package com.upward.notification.internal;

import com.upward.base.ReadModel;

import com.upward.program.CohortCompleted;
import com.upward.program.CohortStarted;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.security.AppUser;
import com.upward.survey.SurveyKind;
import jakarta.persistence.EntityManager;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.upward.notification.internal.Message.tr;

/**
 * Tells everyone taking part when their cohort starts (mentees get the start self-assessment) and when it is
 * completed (everyone gets the closing survey). Runs after the step's commit, through the event publication
 * registry, so a failure here is retried and never undoes the step; dedup keys keep it to one message each.
 */
@ReadModel("A cohort step tells its participants: the enrollments with their accounts, and the survey to link to")
@Component
class CohortNotifications {

    private final Notifier notifier;
    private final EntityManager em;

    CohortNotifications(Notifier notifier, EntityManager em) {
        this.notifier = notifier;
        this.em = em;
    }

    @ApplicationModuleListener
    void on(CohortStarted started) {
        String startSurvey = surveyLink(started.cohortId(), SurveyKind.GROWTH_START);
        participants(started.cohortId(), EnrollmentStatus.ACCEPTED).forEach((side, people) -> people.forEach(person -> {
            var title = tr("notify.cohort.started.title", started.cohortName());
            Message message = side == EnrollmentSide.MENTEE
                    ? Message.of(NotificationType.COHORT_STARTED, title, tr("notify.cohort.started.mentee.body"),
                    startSurvey)
                    : Message.of(NotificationType.COHORT_STARTED, title, tr("notify.cohort.started.mentor.body"),
                    "mentees");
            notifier.send(person, message.once("cohort-started:" + started.cohortId() + ":" + person.getId()));
        }));
    }

    @ApplicationModuleListener
    void on(CohortCompleted completed) {
        String closingSurvey = surveyLink(completed.cohortId(), SurveyKind.CLOSING);
        participants(completed.cohortId(), EnrollmentStatus.COMPLETED).values().forEach(people -> people.forEach(person ->
                notifier.send(person, Message.of(NotificationType.COHORT_COMPLETED,
                                tr("notify.cohort.completed.title", completed.cohortName()),
                                tr("notify.cohort.completed.body"), closingSurvey)
                        .once("cohort-completed:" + completed.cohortId() + ":" + person.getId()))));
    }

    /** The active accounts of the cohort's enrollments in {@code status}, by side. */
    private Map<EnrollmentSide, List<AppUser>> participants(long cohortId, EnrollmentStatus status) {
        List<Object[]> rows = em.createQuery("""
                        select e.side, u from Enrollment e, AppUser u
                        where u.employee = e.employee and u.enabled = true
                          and e.cohort.id = :cohort and e.status = :status""", Object[].class)
                .setParameter("cohort", cohortId).setParameter("status", status).getResultList();
        Map<EnrollmentSide, List<AppUser>> bySide = new HashMap<>();
        rows.forEach(row -> bySide.computeIfAbsent((EnrollmentSide) row[0], side -> new ArrayList<>())
                .add((AppUser) row[1]));
        return bySide;
    }

    /** The survey's page, or the home page (which lists open surveys) when there is none. */
    private String surveyLink(long cohortId, SurveyKind kind) {
        return em.createQuery("select s.id from Survey s where s.cohort.id = :cohort and s.kind = :kind", Long.class)
                .setParameter("cohort", cohortId).setParameter("kind", kind).getResultStream()
                .findFirst().map(id -> "surveys/" + id).orElse("");
    }
}
