package com.upward.notification;

import com.upward.audit.AuditAction;
import com.upward.audit.AuditEvent;
import com.upward.notification.internal.Message;
import com.upward.notification.internal.NotificationType;
import com.upward.notification.internal.Notifier;
import com.upward.security.AppUser;
import com.upward.security.CurrentUser;
import com.upward.base.ReadModel;
import com.upward.base.Role;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.upward.notification.internal.Message.tr;

/**
 * HR's one-click nudge for a quiet pair: both people get a friendly reminder, in the app and by email. At most one
 * nudge per pair and day; HR's reasons for nudging are not in the message.
 */
@ReadModel("A nudge reads the quiet pair's people and cohort to address them")
@Service
public class NudgeService {

    private final NamedParameterJdbcTemplate jdbc;
    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    NudgeService(NamedParameterJdbcTemplate jdbc, Notifier notifier, CurrentUser currentUser, EntityManager em,
                 Clock clock) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /** Returns false when the pair is not running any more or was nudged today already. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')")
    public boolean nudgePair(long assignmentId) {
        List<Map<String, Object>> pair = jdbc.queryForList("""
                select me.employee_id as mentee, mo.employee_id as mentor, c.name as cohort,
                       concat(mentee.first_name, ' ', mentee.last_name) as mentee_name,
                       concat(mentor.first_name, ' ', mentor.last_name) as mentor_name
                from mentor_assignment a join cohort c on c.id = a.cohort_id
                join enrollment me on me.id = a.mentee_enrollment_id join employee mentee on mentee.id = me.employee_id
                join enrollment mo on mo.id = a.mentor_enrollment_id join employee mentor on mentor.id = mo.employee_id
                where a.id = :id and a.status = 'ACTIVE' and c.status = 'ACTIVE'""",
                new MapSqlParameterSource("id", assignmentId));
        if (pair.isEmpty()) {
            return false;
        }
        Map<String, Object> p = pair.getFirst();
        long mentee = ((Number) p.get("mentee")).longValue();
        long mentor = ((Number) p.get("mentor")).longValue();
        Map<Long, AppUser> accounts = notifier.accountsOf(List.of(mentee, mentor));
        String key = "nudge:" + assignmentId + ":" + LocalDate.now(clock) + ":";
        boolean toMentee = notifier.send(accounts.get(mentee), Message.of(NotificationType.PAIR_NUDGE,
                tr("notify.nudge.mentee.title", p.get("mentor_name")),
                tr("notify.nudge.mentee.body", p.get("cohort")), "checkins").once(key + "mentee"));
        boolean toMentor = notifier.send(accounts.get(mentor), Message.of(NotificationType.PAIR_NUDGE,
                tr("notify.nudge.mentor.title", p.get("mentee_name")),
                tr("notify.nudge.mentor.body", p.get("cohort")), "mentees").once(key + "mentor"));
        if (toMentee || toMentor) {
            em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), AuditAction.CREATE,
                    "PairNudge", assignmentId, "Nudged the pair"));
        }
        return toMentee || toMentor;
    }
}
