package com.upward.notification.internal;

import com.upward.matching.PairChanged;
import com.upward.security.AppUser;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static com.upward.notification.internal.Message.tr;

/**
 * Tells both people of a pair, in the app and by email, when HR assigns, unassigns or rematches them (and, on a rematch, the
 * mentor who was let go). Runs after the change has committed, through the event publication registry: should it
 * fail, the publication is kept and retried, and the change stands. People without an active account are skipped.
 */
@Component
class PairNotifications {

    private static final NotificationType ASSIGNED = NotificationType.PAIR_ASSIGNED;
    private static final NotificationType ENDED = NotificationType.PAIR_ENDED;
    /** The home page shows the partner's name and email. */
    private static final String LINK = "";

    private final Notifier inApp;

    PairNotifications(Notifier inApp) {
        this.inApp = inApp;
    }

    @ApplicationModuleListener
    void on(PairChanged change) {
        List<Long> people = change.previousMentorEmployeeId() == null
                ? List.of(change.mentorEmployeeId(), change.menteeEmployeeId())
                : List.of(change.mentorEmployeeId(), change.menteeEmployeeId(), change.previousMentorEmployeeId());
        Map<Long, AppUser> accounts = inApp.accountsOf(people);
        String cohort = change.cohortName();
        switch (change.kind()) {
            case ASSIGNED -> {
                send(accounts.get(change.menteeEmployeeId()), ASSIGNED,
                        tr("notify.pair.assigned.mentee.title", change.mentorName()),
                        tr("notify.pair.assigned.mentee.body", change.mentorName(), cohort));
                send(accounts.get(change.mentorEmployeeId()), ASSIGNED,
                        tr("notify.pair.assigned.mentor.title", change.menteeName()),
                        tr("notify.pair.assigned.mentor.body", change.menteeName(), cohort));
            }
            case REMATCHED -> {
                send(accounts.get(change.menteeEmployeeId()), ASSIGNED,
                        tr("notify.pair.rematched.mentee.title", change.mentorName()),
                        tr("notify.pair.rematched.mentee.body", change.mentorName(), cohort,
                                change.previousMentorName()));
                send(accounts.get(change.mentorEmployeeId()), ASSIGNED,
                        tr("notify.pair.assigned.mentor.title", change.menteeName()),
                        tr("notify.pair.assigned.mentor.body", change.menteeName(), cohort));
                send(accounts.get(change.previousMentorEmployeeId()), ENDED,
                        tr("notify.pair.ended.title", change.menteeName()),
                        tr("notify.pair.rematched.previous-mentor.body", change.menteeName(), cohort));
            }
            case UNASSIGNED -> {
                send(accounts.get(change.menteeEmployeeId()), ENDED, tr("notify.pair.ended.title", change.mentorName()),
                        tr("notify.pair.unassigned.mentee.body", change.mentorName(), cohort));
                send(accounts.get(change.mentorEmployeeId()), ENDED, tr("notify.pair.ended.title", change.menteeName()),
                        tr("notify.pair.unassigned.mentor.body", change.menteeName(), cohort));
            }
        }
    }

    private void send(AppUser recipient, NotificationType type, Message.Text title, Message.Text body) {
        inApp.send(recipient, Message.of(type, title, body, LINK));
    }
}
