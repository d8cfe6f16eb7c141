package com.upward.checkin;

import com.upward.base.ReadModel;
import com.upward.base.Role;
import com.upward.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static com.upward.base.ui.Translations.tr;

/**
 * The "celebrate" figures, one definition wherever they show (the home page and the journal; issue 24, "figures
 * that disagree"): the wins written down are the person's submitted check-ins, in every cohort, with their wins
 * filled in; the on-time streak is the run of check-ins submitted by their due date plus the grace days, counted
 * back from the latest, where one still in its grace days neither counts nor breaks it.
 */
@ReadModel("a person's check-ins across their cohorts: the enrollment says whose they are")
@Service
public class Celebrations {

    /** The figures, with the words they are shown with, the same everywhere, in the reader's language. */
    public record Celebration(long wins, int onTimeStreak) {

        public static final Celebration NONE = new Celebration(0, 0);
        /** The streak's words in English only: on screen, {@link #streakLabel()}. */
        public static final String STREAK_LABEL = "On-time check-ins in a row";

        public String winsLabel() {
            return tr("checkin.celebration.wins", wins);
        }

        public String streakLabel() {
            return tr("checkin.celebration.streak");
        }
    }

    /** A check-in as the streak reads it: {@code submittedAt} is null while it is not submitted. */
    record Due(LocalDate dueOn, Instant submittedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    Celebrations(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Role.Names.EMPLOYEE + "')")
    public Celebration mine() {
        if (!currentUser.isEmployee()) {
            return Celebration.NONE; // an account without an employee record has written nothing
        }
        LocalDate today = LocalDate.now(clock);
        var params = new MapSqlParameterSource("self", currentUser.requireEmployeeId()).addValue("today", today);
        Long wins = jdbc.queryForObject("""
                select count(*) from check_in ci join enrollment e on e.id = ci.enrollment_id
                where e.employee_id = :self and ci.status in ('SUBMITTED', 'REVIEWED') and ci.wins is not null""",
                params, Long.class);
        List<Due> newestFirst = jdbc.query("""
                select ci.due_on, ci.status, ci.submitted_at from check_in ci
                join enrollment e on e.id = ci.enrollment_id
                where e.employee_id = :self and ci.due_on <= :today order by ci.due_on desc""", params,
                (rs, row) -> {
                    // instants are stored as UTC wall-clock time
                    LocalDateTime submitted = rs.getObject("submitted_at", LocalDateTime.class);
                    boolean counts = List.of("SUBMITTED", "REVIEWED").contains(rs.getString("status"));
                    return new Due(rs.getObject("due_on", LocalDate.class),
                            counts && submitted != null ? submitted.toInstant(ZoneOffset.UTC) : null);
                });
        return new Celebration(wins == null ? 0 : wins, onTimeStreak(newestFirst, today, clock.getZone()));
    }

    static int onTimeStreak(List<Due> newestFirst, LocalDate today, ZoneId zone) {
        int streak = 0;
        for (Due due : newestFirst) {
            boolean inGraceDays = !today.isAfter(due.dueOn().plusDays(CheckInRules.GRACE_DAYS));
            if (due.submittedAt() == null && inGraceDays) {
                continue;
            }
            if (due.submittedAt() == null || CheckInRules.late(due.dueOn(), due.submittedAt(), zone)) {
                break;
            }
            streak++;
        }
        return streak;
    }
}
