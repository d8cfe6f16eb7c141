package com.upward.notification.internal;

import com.upward.base.ReadModel;
import com.upward.program.Cohort;
import com.upward.program.CohortLinks;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentDecided;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentsInvited;
import com.upward.security.AppUser;
import jakarta.persistence.EntityManager;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

import static com.upward.notification.internal.Message.tr;

/**
 * Tells people what HR did with their place in a cohort (issue 24: 12 people invited in bulk heard nothing until
 * "Your mentor: …"): an invitation, with a link to the application form to complete; an acceptance, a place on the
 * waitlist or a decline. In the app and by email, as their email preferences say. Runs after HR's step has
 * committed, through the event publication registry: a failure is retried and never undoes the step; dedup keys
 * keep it to one message each.
 */
@ReadModel("An enrollment step tells its person: the enrollment, its cohort and the person's account")
@Component
class EnrollmentNotifications {

    private final Notifier notifier;
    private final EntityManager em;

    EnrollmentNotifications(Notifier notifier, EntityManager em) {
        this.notifier = notifier;
        this.em = em;
    }

    @ApplicationModuleListener
    void on(EnrollmentsInvited invited) {
        withAccounts(invited.enrollmentIds()).forEach(row -> {
            Enrollment enrollment = (Enrollment) row[0];
            Cohort cohort = enrollment.getCohort();
            boolean mentee = enrollment.getSide() == EnrollmentSide.MENTEE;
            Object[] args = {cohort.getName(), cohort.getProgram().getName(), cohort.getEnrollmentClosesOn()};
            notifier.send((AppUser) row[1], Message.of(NotificationType.ENROLLMENT_INVITED,
                    tr("notify.enrollment.invited.title", cohort.getName()),
                    mentee ? tr("notify.enrollment.invited.mentee.body", args)
                            : tr("notify.enrollment.invited.mentor.body", args),
                    CohortLinks.application(cohort.getId()))
                    .once("enrollment-invited:" + enrollment.getId()));
        });
    }

    @ApplicationModuleListener
    void on(EnrollmentDecided decided) {
        withAccounts(List.of(decided.enrollmentId())).forEach(row -> {
            Enrollment enrollment = (Enrollment) row[0];
            String cohort = enrollment.getCohort().getName();
            boolean mentee = enrollment.getSide() == EnrollmentSide.MENTEE;
            Message message = switch (decided.decision()) {
                case ACCEPTED -> Message.of(NotificationType.ENROLLMENT_DECIDED,
                        tr("notify.enrollment.accepted.title", cohort),
                        mentee ? tr("notify.enrollment.accepted.mentee.body", cohort)
                                : tr("notify.enrollment.accepted.mentor.body", cohort), "cohorts/open");
                case WAITLISTED -> Message.of(NotificationType.ENROLLMENT_DECIDED,
                        tr("notify.enrollment.waitlisted.title", cohort),
                        tr("notify.enrollment.waitlisted.body", cohort), "cohorts/open");
                case DECLINED -> Message.of(NotificationType.ENROLLMENT_DECIDED,
                        tr("notify.enrollment.declined.title", cohort),
                        tr("notify.enrollment.declined.body", cohort), "cohorts/open");
                default -> null;
            };
            if (message != null) {
                notifier.send((AppUser) row[1], message.once("enrollment-decided:" + enrollment.getId() + ":"
                        + decided.decision()));
            }
        });
    }

    /** Each enrollment with the active account of its person; people without an account are skipped. */
    private List<Object[]> withAccounts(Collection<Long> enrollmentIds) {
        return em.createQuery("""
                        select e, u from Enrollment e join fetch e.cohort c join fetch c.program, AppUser u
                        where u.employee = e.employee and u.enabled = true and e.id in :ids""", Object[].class)
                .setParameter("ids", enrollmentIds).getResultList();
    }
}
