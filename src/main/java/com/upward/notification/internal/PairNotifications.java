package com.upward.notification.internal;

import com.upward.matching.PairChanged;
import com.upward.security.AppUser;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

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
                send(accounts.get(change.menteeEmployeeId()), ASSIGNED, "Your mentor: " + change.mentorName(),
                        "You are paired with " + change.mentorName() + " in " + cohort + ". Say hello and plan "
                                + "your first meeting.");
                send(accounts.get(change.mentorEmployeeId()), ASSIGNED, "New mentee: " + change.menteeName(),
                        "You now mentor " + change.menteeName() + " in " + cohort + ".");
            }
            case REMATCHED -> {
                send(accounts.get(change.menteeEmployeeId()), ASSIGNED, "Your new mentor: " + change.mentorName(),
                        "HR paired you with " + change.mentorName() + " in " + cohort + " instead of "
                                + change.previousMentorName() + ".");
                send(accounts.get(change.mentorEmployeeId()), ASSIGNED, "New mentee: " + change.menteeName(),
                        "You now mentor " + change.menteeName() + " in " + cohort + ".");
                send(accounts.get(change.previousMentorEmployeeId()), ENDED,
                        "Pair ended: " + change.menteeName(), "HR paired " + change.menteeName() + " with another "
                                + "mentor in " + cohort + ". Thank you for your time together.");
            }
            case UNASSIGNED -> {
                send(accounts.get(change.menteeEmployeeId()), ENDED, "Pair ended: " + change.mentorName(),
                        "HR ended your pair with " + change.mentorName() + " in " + cohort
                                + ". They will pair you with a new mentor.");
                send(accounts.get(change.mentorEmployeeId()), ENDED, "Pair ended: " + change.menteeName(),
                        "HR ended your pair with " + change.menteeName() + " in " + cohort + ".");
            }
        }
    }

    private void send(AppUser recipient, NotificationType type, String title, String body) {
        inApp.send(recipient, Message.of(type, title, body, LINK));
    }
}
