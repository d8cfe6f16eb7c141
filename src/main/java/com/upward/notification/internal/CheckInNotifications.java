package com.upward.notification.internal;

import com.upward.checkin.CheckInSubmitted;
import com.upward.checkin.CheckInMessagePosted;
import com.upward.checkin.FeedbackGiven;
import com.upward.checkin.HelpUrgency;
import com.upward.security.AppUser;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;

import static com.upward.notification.internal.Message.tr;

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
            inApp.send(mentor, Message.of(NotificationType.CHECK_IN_SUBMITTED,
                    tr("notify.check-in.submitted.title", mentee),
                    tr("notify.check-in.submitted.body", mentee, submitted.cohortName()), mentorLink(submitted)));
        }
        if (submitted.helpRequested()) {
            boolean urgent = submitted.urgency() == HelpUrgency.URGENT;
            inApp.send(mentor, Message.of(NotificationType.HELP_REQUESTED,
                    urgent ? tr("notify.help.urgent.title", mentee) : tr("notify.help.title", mentee),
                    tr("notify.help.body", mentee), mentorLink(submitted)));
            if (urgent) {
                for (AppUser hr : inApp.hrCoordinators()) {
                    inApp.send(hr, Message.of(NotificationType.HELP_REQUESTED,
                            tr("notify.help.hr.title", submitted.cohortName()), tr("notify.help.hr.body"),
                            "cohorts/" + submitted.cohortId()));
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
                Message.of(NotificationType.CHECK_IN_MESSAGE, tr("notify.check-in.message.title", posted.authorName()),
                        tr("notify.check-in.message.body", posted.authorName(), posted.period(),
                                posted.cohortName()), link));
    }

    @ApplicationModuleListener
    void on(FeedbackGiven given) {
        inApp.send(inApp.accountsOf(List.of(given.menteeEmployeeId())).get(given.menteeEmployeeId()),
                Message.of(NotificationType.MENTOR_FEEDBACK, tr("notify.feedback.title", given.mentorName()),
                        tr("notify.feedback.body", given.mentorName(), given.period(), given.cohortName()),
                        "checkins/" + given.checkInId()));
    }
}
