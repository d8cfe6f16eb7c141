package com.upward.simulation;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.internal.CheckInModels.CheckInRow;
import com.upward.simulation.SimLedger.CheckIn;
import com.upward.simulation.SimLedger.Cohort;
import com.upward.simulation.SimLedger.CohortState;
import com.upward.survey.SurveyService;
import com.upward.survey.SurveyModels.SurveyTodo;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold after every simulated day: nothing logged at ERROR; each reminder, overdue notice and digest sent
 * exactly once to the right person; every check-in where the product rules put it, in the rows and in the mentee's
 * own list; surveys offered exactly while they are open; no email lost or sent twice. The figures (at-risk pairs,
 * dashboards) are checked by {@link SimFigures}.
 */
final class SimInvariants {

    private final JdbcTemplate jdbc;
    private final SimLedger ledger;
    private final SimPeople people;
    private final SimClock clock;
    private final CheckInService checkIns;
    private final SurveyService surveys;
    private final SimMail mail;
    private final ListAppender<ILoggingEvent> log;

    SimInvariants(JdbcTemplate jdbc, SimLedger ledger, SimPeople people, SimClock clock, CheckInService checkIns,
                  SurveyService surveys, SimMail mail, ListAppender<ILoggingEvent> log) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.people = people;
        this.clock = clock;
        this.checkIns = checkIns;
        this.surveys = surveys;
        this.mail = mail;
        this.log = log;
    }

    void afterDay(LocalDate today) {
        nothingLoggedAtError(today);
        remindersOnce(today);
        checkInsFollowTheRules(today);
        surveysOnlyWhileOpen(today);
        noEmailLostOrDuplicated(today);
    }

    private void nothingLoggedAtError(LocalDate today) {
        List<String> errors = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
        assertThat(errors).as("ERROR lines on %s", today).isEmpty();
        log.list.clear();
    }

    /** Reminders, overdue notices and digests: exactly the expected ones, each once, to the expected person. */
    private void remindersOnce(LocalDate today) {
        Map<Long, String> usernames = new HashMap<>();
        people.byUsername.values().forEach(p -> usernames.put(p.userId(), p.username()));
        List<String> keys = new ArrayList<>();
        Map<String, String> sent = new TreeMap<>();
        jdbc.query("""
                select dedup_key, recipient_id from notification
                where type in ('CHECK_IN_DUE', 'CHECK_IN_OVERDUE', 'HR_DIGEST')""", rs -> {
            keys.add(rs.getString(1));
            sent.put(rs.getString(1), usernames.get(rs.getLong(2)));
        });
        assertThat(keys).as("reminders sent twice by %s", today).doesNotHaveDuplicates();
        assertThat(sent).as("reminders by %s", today).isEqualTo(new TreeMap<>(ledger.expectedOnce));
    }

    private void checkInsFollowTheRules(LocalDate today) {
        Map<Long, String[]> rows = new HashMap<>();
        jdbc.query("select id, status, submitted_at, reviewed_at, help_acknowledged_at from check_in", rs -> {
            rows.put(rs.getLong(1), new String[]{rs.getString(2), utc(rs.getObject(3, LocalDateTime.class)),
                    utc(rs.getObject(4, LocalDateTime.class)), utc(rs.getObject(5, LocalDateTime.class))});
        });
        assertThat(rows.keySet()).as("the check-ins scheduled, %s", today).isEqualTo(ledger.checkIns.keySet());
        for (CheckIn ci : ledger.checkIns.values()) {
            String[] row = rows.get(ci.id);
            assertThat(row).as("check-in %d (%s, period %d) on %s: status, submitted, reviewed, help answered",
                            ci.id, ci.mentee, ci.period, today)
                    .containsExactly(ci.status(), micros(ci.submittedAt), micros(ci.reviewedAt),
                            micros(ci.helpAcknowledgedAt));
            assertThat(ci.dueOn).isEqualTo(ci.cohort.cadence.plusPeriods(ci.cohort.startsOn, ci.period));
            assertThat(ci.startsOn).isEqualTo(ci.cohort.cadence.plusPeriods(ci.cohort.startsOn, ci.period - 1));
        }
        for (Cohort cohort : ledger.cohorts.values()) {
            if (cohort.state != CohortState.ACTIVE) {
                continue;
            }
            int periods = cohort.cadence.periods(cohort.startsOn, cohort.endsOn).size();
            for (String mentee : cohort.mentees) {
                assertThat(ledger.checkInsOf(mentee)).as("one check-in per period for %s", mentee).hasSize(periods);
                people.as(mentee);
                Map<Long, String> shown = checkIns.myCheckIns().stream()
                        .collect(Collectors.toMap(CheckInRow::id, r -> r.state().name()));
                Map<Long, String> expected = ledger.checkInsOf(mentee).stream()
                        .collect(Collectors.toMap(c -> c.id, c -> c.state(today, clock.zone()).name()));
                assertThat(shown).as("%s's check-ins as listed on %s", mentee, today).isEqualTo(expected);
            }
        }
    }

    /** Each participant is offered exactly the surveys of their cohort that are open today and meant for them. */
    private void surveysOnlyWhileOpen(LocalDate today) {
        List<Object[]> all = jdbc.query("select id, cohort_id, kind, opens_on, closes_on from survey",
                (rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)});
        for (Cohort cohort : ledger.cohorts.values()) {
            if (cohort.state.compareTo(CohortState.ACTIVE) < 0) {
                continue;
            }
            List<String> participants = new ArrayList<>(cohort.mentors);
            participants.addAll(cohort.mentees);
            for (String person : participants) {
                boolean mentee = cohort.mentees.contains(person);
                Set<Long> expected = new HashSet<>();
                for (Object[] s : all) {
                    boolean forThem = mentee || "CLOSING".equals(s[2]);
                    boolean open = !today.isBefore((LocalDate) s[3]) && (s[4] == null || !today.isAfter((LocalDate) s[4]))
                            && cohort.state != CohortState.ARCHIVED;
                    if ((long) s[1] == cohort.id && forThem && open) {
                        expected.add((long) s[0]);
                    }
                }
                people.as(person);
                Set<Long> offered = surveys.mySurveys().stream().map(SurveyTodo::surveyId).collect(Collectors.toSet());
                assertThat(offered).as("surveys offered to %s on %s", person, today).isEqualTo(expected);
            }
        }
    }

    /**
     * Every notification has one email if its recipient wants that type by email, none otherwise; by the end of the
     * day every email has been sent, none failed, and the SMTP server received each exactly once.
     */
    private void noEmailLostOrDuplicated(LocalDate today) {
        Map<Long, String> usernames = new HashMap<>();
        people.byUsername.values().forEach(p -> usernames.put(p.userId(), p.username()));
        List<String> problems = new ArrayList<>();
        jdbc.query("""
                select n.id, n.recipient_id, n.type, (select count(*) from email_outbox o where o.notification_id = n.id)
                from notification n""", rs -> {
            long expected = ledger.wantsEmail(usernames.get(rs.getLong(2)), rs.getString(3)) ? 1 : 0;
            if (rs.getLong(4) != expected) {
                problems.add("notification " + rs.getLong(1) + " (" + rs.getString(3) + " to "
                        + usernames.get(rs.getLong(2)) + ") has " + rs.getLong(4) + " emails, expected " + expected);
            }
        });
        assertThat(problems).as("emails per notification on %s", today).isEmpty();
        assertThat(jdbc.queryForList("select concat(id, ' ', status, ', ', attempts, ' attempts, next at ',"
                + " next_attempt_at, ', queued at ', created_at, ': ', coalesce(last_error, '')) from email_outbox"
                + " where status <> 'SENT'", String.class)).as("emails not sent by the evening of %s (now %s)",
                today, clock.now()).isEmpty();
        List<String> sent = jdbc.queryForList("select concat(recipient_email, ' | ', subject) from email_outbox",
                String.class);
        assertThat(mail.delivered()).as("emails the SMTP server received by %s", today)
                .containsExactlyInAnyOrderElementsOf(sent);
    }

    private static String utc(LocalDateTime stored) {
        return stored == null ? null : stored.truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static String micros(java.time.Instant instant) {
        return instant == null ? null
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toString();
    }
}
