package com.upward.notification.internal;

import com.upward.matching.PairProposed;
import com.upward.matching.ProposalClosed;
import com.upward.security.AppUser;
import jakarta.persistence.EntityManager;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Pairs that wait for answers (issue 24): the people who must answer are asked, in the app and by email, with a link
 * to the page where they accept or decline. When a proposal will not start, the other person is told without the
 * reason, and the program's owner is told with it. After the change has committed (event publication registry).
 */
@Component
class ProposalNotifications {

    /** The page where people answer their proposals (matching's PairingView). */
    static final String LINK = "pairing";

    private final Notifier inApp;
    private final EntityManager em;

    ProposalNotifications(Notifier inApp, EntityManager em) {
        this.inApp = inApp;
        this.em = em;
    }

    @ApplicationModuleListener
    void on(PairProposed proposed) {
        Map<Long, AppUser> accounts = inApp.accountsOf(List.of(proposed.mentorEmployeeId(),
                proposed.menteeEmployeeId()));
        String cohort = proposed.cohortName();
        if (proposed.requestedByMentee()) {
            inApp.send(accounts.get(proposed.mentorEmployeeId()), Message.of(NotificationType.PAIR_PROPOSED,
                    proposed.menteeName() + " asks you to be their mentor",
                    proposed.menteeName() + " chose you as their mentor in " + cohort + ". Look at what they want "
                            + "to learn, then accept or decline.", LINK));
            return;
        }
        inApp.send(accounts.get(proposed.menteeEmployeeId()), Message.of(NotificationType.PAIR_PROPOSED,
                "Proposed mentor: " + proposed.mentorName(),
                "HR proposes " + proposed.mentorName() + " as your mentor in " + cohort + ". The pair starts once "
                        + "you both accept.", LINK));
        inApp.send(accounts.get(proposed.mentorEmployeeId()), Message.of(NotificationType.PAIR_PROPOSED,
                "Proposed mentee: " + proposed.menteeName(),
                "HR proposes that you mentor " + proposed.menteeName() + " in " + cohort + ". The pair starts once "
                        + "you both accept.", LINK));
    }

    @ApplicationModuleListener
    void on(ProposalClosed closed) {
        Map<Long, AppUser> accounts = inApp.accountsOf(List.of(closed.mentorEmployeeId(), closed.menteeEmployeeId()));
        AppUser mentor = accounts.get(closed.mentorEmployeeId());
        AppUser mentee = accounts.get(closed.menteeEmployeeId());
        String cohort = closed.cohortName();
        switch (closed.kind()) {
            case DECLINED_BY_MENTOR -> inApp.send(mentee, ended("Your proposed mentor declined",
                    closed.mentorName() + " cannot be your mentor in " + cohort + ". HR will find you another "
                            + "mentor."));
            case DECLINED_BY_MENTEE -> inApp.send(mentor, ended("Proposed pair declined",
                    closed.menteeName() + " asked for another mentor in " + cohort + ". Thank you for offering."));
            case WITHDRAWN_BY_MENTEE -> inApp.send(mentor, ended("Request withdrawn",
                    closed.menteeName() + " withdrew their request for you as a mentor in " + cohort + "."));
            case WITHDRAWN_BY_HR -> {
                inApp.send(mentor, ended("Proposal withdrawn", "HR withdrew the proposed pair with "
                        + closed.menteeName() + " in " + cohort + "."));
                inApp.send(mentee, ended("Proposal withdrawn", "HR withdrew the proposed pair with "
                        + closed.mentorName() + " in " + cohort + ". They will pair you with a mentor."));
            }
        }
        boolean declined = closed.kind() == ProposalClosed.Kind.DECLINED_BY_MENTOR
                || closed.kind() == ProposalClosed.Kind.DECLINED_BY_MENTEE;
        if (declined) {
            String who = closed.kind() == ProposalClosed.Kind.DECLINED_BY_MENTOR
                    ? closed.mentorName() + " (mentor)" : closed.menteeName() + " (mentee)";
            inApp.send(em.find(AppUser.class, closed.ownerUserId()), Message.of(NotificationType.PAIR_DECLINED,
                    "Pair declined in " + cohort,
                    who + " declined the pair " + closed.mentorName() + " – " + closed.menteeName() + ": "
                            + closed.reason() + " " + closed.menteeName() + " is back on the matching board.",
                    "cohorts/" + closed.cohortId() + "/matching"));
        }
    }

    private static Message ended(String title, String body) {
        return Message.of(NotificationType.PAIR_ENDED, title, body, "");
    }
}
