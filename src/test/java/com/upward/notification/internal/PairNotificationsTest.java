package com.upward.notification.internal;

import com.upward.matching.PairChanged;
import com.upward.matching.PairChanged.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who hears of a pair made, ended or replaced. Calls the listener itself: in the app it runs after the commit of
 * the change; {@code PairChangesTest} checks what matching publishes.
 */
@SpringBootTest
@Tag("db")
@Transactional
class PairNotificationsTest {

    @Autowired
    PairNotifications listener;
    /** The listener itself: through its proxy it would run on another thread, after a commit that never comes. */
    PairNotifications notifications;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void unwrapTheListener() {
        notifications = AopTestUtils.getUltimateTargetObject(listener);
    }

    long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    List<String> toldSince(String username, long lastIdBefore) {
        return jdbc.queryForList("""
                select concat(n.type, ': ', n.title) from notification n join app_user u on u.id = n.recipient_id
                where u.username = ? and n.id > ? order by n.id""", String.class, username, lastIdBefore);
    }

    long lastNotification() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
    }

    PairChanged change(Kind kind, String previousMentor) {
        return new PairChanged(kind, -1, kind == Kind.REMATCHED ? -2L : null, -3, "Spring cohort",
                employeeOf("mentor"), "Zoë Ødegård", employeeOf("mentee"), "Łukasz Wiśniewski",
                previousMentor == null ? null : employeeOf(previousMentor), previousMentor == null ? null : "Ann Old");
    }

    @Test
    void anAssignmentTellsBothPeople() {
        long before = lastNotification();
        notifications.on(change(Kind.ASSIGNED, null));

        assertThat(toldSince("mentee", before)).containsExactly("PAIR_ASSIGNED: Your mentor: Zoë Ødegård");
        assertThat(toldSince("mentor", before)).containsExactly("PAIR_ASSIGNED: New mentee: Łukasz Wiśniewski");
        assertThat(toldSince("hr", before)).isEmpty();
    }

    @Test
    void aRematchTellsTheMenteeTheNewMentorAndTheOldOne() {
        String earlierMentor = jdbc.queryForObject("""
                select username from app_user where employee_id is not null and enabled = true
                and username not in ('mentor', 'mentee') order by id limit 1""", String.class);
        long before = lastNotification();
        notifications.on(change(Kind.REMATCHED, earlierMentor));

        assertThat(toldSince("mentee", before)).containsExactly("PAIR_ASSIGNED: Your new mentor: Zoë Ødegård");
        assertThat(toldSince("mentor", before)).containsExactly("PAIR_ASSIGNED: New mentee: Łukasz Wiśniewski");
        assertThat(toldSince(earlierMentor, before)).containsExactly("PAIR_ENDED: Pair ended: Łukasz Wiśniewski");
    }

    @Test
    void endingAPairTellsBoth() {
        long before = lastNotification();
        notifications.on(change(Kind.UNASSIGNED, null));

        assertThat(toldSince("mentee", before)).containsExactly("PAIR_ENDED: Pair ended: Zoë Ødegård");
        assertThat(toldSince("mentor", before)).containsExactly("PAIR_ENDED: Pair ended: Łukasz Wiśniewski");
    }
}
