package com.upward.notification.internal;

import com.upward.base.ReadModel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.upward.notification.internal.Message.tr;

/**
 * Reminders for pairs that wait for answers (issue 24): each person who has not answered is reminded when the
 * proposal has waited {@value #EVERY_DAYS} days, and again every {@value #EVERY_DAYS} days, at most
 * {@value #MOST} times; after that HR sees on the board how long it waits. Dedup keys make a repeated run send nothing.
 */
@ReadModel("the proposal reminder job reads every waiting pair of an open cohort with its people in one query")
@Component
class ProposalReminders {

    static final int EVERY_DAYS = 3;
    static final int MOST = 3;

    record Waiting(long assignmentId, Instant proposedAt, String cohortName, long mentorEmployeeId, String mentorName,
                   boolean mentorAnswered, long menteeEmployeeId, String menteeName, boolean menteeAnswered) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Notifier notifier;
    private final Clock clock;

    ProposalReminders(NamedParameterJdbcTemplate jdbc, Notifier notifier, Clock clock) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Returns how many reminders were written. */
    @Transactional
    int remind() {
        Instant now = clock.instant();
        List<Waiting> waiting = waitingSince(now.minus(Duration.ofDays(EVERY_DAYS)));
        var accounts = notifier.accountsOf(waiting.stream()
                .flatMap(w -> Stream.of(w.mentorEmployeeId(), w.menteeEmployeeId())).distinct().toList());
        List<Boolean> written = new ArrayList<>();
        for (Waiting w : waiting) {
            long days = Duration.between(w.proposedAt(), now).toDays();
            int round = (int) Math.min(MOST, days / EVERY_DAYS);
            if (!w.mentorAnswered()) {
                written.add(notifier.send(accounts.get(w.mentorEmployeeId()), Message.of(
                                NotificationType.PAIR_PROPOSED, tr("notify.proposal.waiting.title", w.menteeName()),
                                tr("notify.proposal.waiting.mentor.body", w.menteeName(), w.cohortName(), days),
                                ProposalNotifications.LINK)
                        .once("pair-proposal:" + w.assignmentId() + ":mentor:" + round)));
            }
            if (!w.menteeAnswered()) {
                written.add(notifier.send(accounts.get(w.menteeEmployeeId()), Message.of(
                                NotificationType.PAIR_PROPOSED, tr("notify.proposal.waiting.title", w.mentorName()),
                                tr("notify.proposal.waiting.mentee.body", w.mentorName(), w.cohortName(), days),
                                ProposalNotifications.LINK)
                        .once("pair-proposal:" + w.assignmentId() + ":mentee:" + round)));
            }
        }
        return (int) written.stream().filter(Boolean::booleanValue).count();
    }

    private List<Waiting> waitingSince(Instant proposedBy) {
        return jdbc.query("""
                        select a.id, a.proposed_at, c.name as cohort_name,
                               mr.id as mentor_id, concat(mr.first_name, ' ', mr.last_name) as mentor_name,
                               a.mentor_accepted_at is not null as mentor_answered,
                               me.id as mentee_id, concat(me.first_name, ' ', me.last_name) as mentee_name,
                               a.mentee_accepted_at is not null as mentee_answered
                        from mentor_assignment a join cohort c on c.id = a.cohort_id
                        join enrollment mo on mo.id = a.mentor_enrollment_id join employee mr on mr.id = mo.employee_id
                        join enrollment mt on mt.id = a.mentee_enrollment_id join employee me on me.id = mt.employee_id
                        where a.status = 'PROPOSED' and c.status in ('ENROLLING', 'ACTIVE')
                          and a.proposed_at <= :proposedBy
                        order by a.id""",
                new MapSqlParameterSource("proposedBy", LocalDateTime.ofInstant(proposedBy, ZoneOffset.UTC)),
                (rs, row) -> new Waiting(rs.getLong("id"),
                        rs.getObject("proposed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("cohort_name"), rs.getLong("mentor_id"), rs.getString("mentor_name"),
                        rs.getBoolean("mentor_answered"), rs.getLong("mentee_id"), rs.getString("mentee_name"),
                        rs.getBoolean("mentee_answered")));
    }
}
