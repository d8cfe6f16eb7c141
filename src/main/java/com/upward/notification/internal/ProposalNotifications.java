package com.upward.notification.internal;

import com.upward.matching.PairProposed;
import com.upward.matching.ProposalClosed;
import com.upward.security.AppUser;
import jakarta.persistence.EntityManager;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static com.upward.notification.internal.Message.tr;

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
                    tr("notify.proposal.requested.title", proposed.menteeName()),
                    tr("notify.proposal.requested.body", proposed.menteeName(), cohort), LINK));
            return;
        }
        inApp.send(accounts.get(proposed.menteeEmployeeId()), Message.of(NotificationType.PAIR_PROPOSED,
                tr("notify.proposal.to-mentee.title", proposed.mentorName()),
                tr("notify.proposal.to-mentee.body", proposed.mentorName(), cohort), LINK));
        inApp.send(accounts.get(proposed.mentorEmployeeId()), Message.of(NotificationType.PAIR_PROPOSED,
                tr("notify.proposal.to-mentor.title", proposed.menteeName()),
                tr("notify.proposal.to-mentor.body", proposed.menteeName(), cohort), LINK));
    }

    @ApplicationModuleListener
    void on(ProposalClosed closed) {
        Map<Long, AppUser> accounts = inApp.accountsOf(List.of(closed.mentorEmployeeId(), closed.menteeEmployeeId()));
        AppUser mentor = accounts.get(closed.mentorEmployeeId());
        AppUser mentee = accounts.get(closed.menteeEmployeeId());
        String cohort = closed.cohortName();
        switch (closed.kind()) {
            case DECLINED_BY_MENTOR -> inApp.send(mentee, ended(tr("notify.proposal.declined-by-mentor.title"),
                    tr("notify.proposal.declined-by-mentor.body", closed.mentorName(), cohort)));
            case DECLINED_BY_MENTEE -> inApp.send(mentor, ended(tr("notify.proposal.declined-by-mentee.title"),
                    tr("notify.proposal.declined-by-mentee.body", closed.menteeName(), cohort)));
            case WITHDRAWN_BY_MENTEE -> inApp.send(mentor, ended(tr("notify.proposal.withdrawn-by-mentee.title"),
                    tr("notify.proposal.withdrawn-by-mentee.body", closed.menteeName(), cohort)));
            case WITHDRAWN_BY_HR -> {
                inApp.send(mentor, ended(tr("notify.proposal.withdrawn-by-hr.title"),
                        tr("notify.proposal.withdrawn-by-hr.mentor.body", closed.menteeName(), cohort)));
                inApp.send(mentee, ended(tr("notify.proposal.withdrawn-by-hr.title"),
                        tr("notify.proposal.withdrawn-by-hr.mentee.body", closed.mentorName(), cohort)));
            }
        }
        boolean declined = closed.kind() == ProposalClosed.Kind.DECLINED_BY_MENTOR
                || closed.kind() == ProposalClosed.Kind.DECLINED_BY_MENTEE;
        if (declined) {
            Object[] args = {closed.mentorName(), closed.menteeName(), closed.reason()};
            inApp.send(em.find(AppUser.class, closed.ownerUserId()), Message.of(NotificationType.PAIR_DECLINED,
                    tr("notify.proposal.declined.owner.title", cohort),
                    closed.kind() == ProposalClosed.Kind.DECLINED_BY_MENTOR
                            ? tr("notify.proposal.declined-by-mentor.owner.body", args)
                            : tr("notify.proposal.declined-by-mentee.owner.body", args),
                    "cohorts/" + closed.cohortId() + "/matching"));
        }
    }

    private static Message ended(Message.Text title, Message.Text body) {
        return Message.of(NotificationType.PAIR_ENDED, title, body, "");
    }
}
