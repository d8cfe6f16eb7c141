package com.upward.notification.internal;

import com.upward.checkin.CheckInSubmitted;
import com.upward.checkin.CheckInMessagePosted;
import com.upward.checkin.FeedbackGiven;
import com.upward.checkin.HelpUrgency;
import com.upward.security.AppUser;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells the mentor, in the app and by email, that their mentee submitted a check-in and when they ask for help (an urgent help
 * request goes to HR too, without any of the check-in's text: HR sees structured data only); tells the mentee when
 * the mentor's feedback arrives; tells either of them when the other writes on a check-in's conversation.
 */
@Component
class CheckInNotifications {

    private final Notifier inApp;

    CheckInNotifications(Notifier inApp) {
        this.inApp = inApp;
    }

    @ApplicationModuleListener
    void on(CheckInSubmitted submitted) {
        AppUser mentor = submitted.mentorEmployeeId() == null ? null
                : inApp.accountsOf(List.of(submitted.mentorEmployeeId())).get(submitted.mentorEmployeeId());
        String mentee = submitted.menteeName();
        if (submitted.firstSubmission()) {
            inApp.send(mentor, Message.of(NotificationType.CHECK_IN_SUBMITTED, "Check-in from " + mentee,
                    mentee + " submitted a check-in in " + submitted.cohortName() + ". Read it and leave feedback.",
                    mentorLink(submitted)));
        }
        if (submitted.helpRequested()) {
            boolean urgent = submitted.urgency() == HelpUrgency.URGENT;
            inApp.send(mentor, Message.of(NotificationType.HELP_REQUESTED,
                    (urgent ? "Urgent help request from " : "Help request from ") + mentee,
                    mentee + " asks for your support in their check-in.", mentorLink(submitted)));
            if (urgent) {
                for (AppUser hr : inApp.hrCoordinators()) {
                    inApp.send(hr, Message.of(NotificationType.HELP_REQUESTED, "Urgent help request in "
                            + submitted.cohortName(), "A mentee marked a help request as urgent. Their mentor has "
                            + "been told.", "cohorts/" + submitted.cohortId()));
                }
            }
        }
    }

    private static String mentorLink(CheckInSubmitted submitted) {
        return "mentees/checkins/" + submitted.checkInId();
    }

    /** Without the message's text: the bell and the email say who wrote, and link to the check-in. */
    @ApplicationModuleListener
    void on(CheckInMessagePosted posted) {
        String link = posted.toMentor() ? "mentees/checkins/" + posted.checkInId() : "checkins/" + posted.checkInId();
        inApp.send(inApp.accountsOf(List.of(posted.recipientEmployeeId())).get(posted.recipientEmployeeId()),
                Message.of(NotificationType.CHECK_IN_MESSAGE, posted.authorName() + " wrote on a check-in",
                        posted.authorName() + " wrote on the check-in for period " + posted.period() + " in "
                                + posted.cohortName() + ". Open it to read and answer.", link));
    }

    @ApplicationModuleListener
    void on(FeedbackGiven given) {
        inApp.send(inApp.accountsOf(List.of(given.menteeEmployeeId())).get(given.menteeEmployeeId()),
                Message.of(NotificationType.MENTOR_FEEDBACK, "Feedback from " + given.mentorName(),
                        given.mentorName() + " reviewed your check-in for period " + given.period() + " in "
                                + given.cohortName() + ".", "checkins/" + given.checkInId()));
    }
}
