package com.upward.simulation;

import com.upward.program.Cadence;
import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.DashboardFigures;
import com.upward.reporting.DashboardFigures.CohortHealth;
import com.upward.reporting.DashboardFigures.ProgramFigures;
import com.upward.reporting.MentorLoad;
import com.upward.reporting.Ratio;
import com.upward.simulation.SimLedger.CheckIn;
import com.upward.simulation.SimLedger.Cohort;
import com.upward.simulation.SimLedger.CohortState;
import com.upward.simulation.SimLedger.Pair;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures people read, against a recount: the at-risk pairs and the HR home's cohort health are recounted from
 * the raw rows by PRODUCT.md's definitions (written again here, not taken from the app) and from the ledger; the
 * executive's program figures from the raw rows.
 */
final class SimFigures {

    /** A raw check-in row, as stored. */
    private record Row(long enrollmentId, long cohortId, LocalDate dueOn, String status, Instant submittedAt,
                       boolean urgentOpen) {
    }

    private final JdbcTemplate jdbc;
    private final SimLedger ledger;
    private final SimPeople people;
    private final SimClock clock;
    private final DashboardFigures figures;

    SimFigures(JdbcTemplate jdbc, SimLedger ledger, SimPeople people, SimClock clock, DashboardFigures figures) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.people = people;
        this.clock = clock;
        this.figures = figures;
    }

    void afterDay(LocalDate today) {
        List<Row> rows = jdbc.query("""
                select ci.enrollment_id, e.cohort_id, ci.due_on, ci.status, ci.submitted_at,
                       ci.help_urgency, ci.help_acknowledged_at
                from check_in ci join enrollment e on e.id = ci.enrollment_id""", (rs, n) -> new Row(rs.getLong(1),
                rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4), instant(rs.getObject(5,
                LocalDateTime.class)), submitted(rs.getString(4)) && "URGENT".equals(rs.getString(6))
                && rs.getObject(7) == null));
        people.as(people.hr.username());
        var hr = figures.hr();
        Set<Long> atRisk = atRiskFromRows(rows, today);
        assertThat(ids(hr.atRisk())).as("at-risk pairs on %s, against the rows", today).isEqualTo(atRisk);
        assertThat(atRisk).as("at-risk pairs on %s, against the ledger", today).isEqualTo(atRiskFromLedger(today));
        assertThat(hr.cohorts()).extracting(h -> h.cohort().id()).as("running cohorts on %s", today)
                .containsExactlyInAnyOrderElementsOf(ledger.cohorts.values().stream()
                        .filter(c -> c.state == CohortState.ACTIVE).map(c -> c.id).toList());
        for (CohortHealth health : hr.cohorts()) {
            List<Row> due = rows.stream().filter(r -> r.cohortId() == health.cohort().id()
                    && !r.dueOn().isAfter(today)).toList();
            assertThat(health.completion()).as("completion of %s on %s", health.cohort().name(), today)
                    .isEqualTo(ratio(due, r -> submitted(r.status())));
            assertThat(health.onTime()).as("on-time rate of %s on %s", health.cohort().name(), today)
                    .isEqualTo(ratio(due, r -> submitted(r.status()) && onTime(r)));
            long ledgerDue = ledger.checkIns.values().stream()
                    .filter(c -> c.cohort.id == health.cohort().id() && !c.dueOn.isAfter(today)).count();
            long ledgerSubmitted = ledger.checkIns.values().stream().filter(c -> c.cohort.id == health.cohort().id()
                    && !c.dueOn.isAfter(today) && c.submittedAt != null).count();
            assertThat(List.of(health.completion().numerator(), health.completion().denominator()))
                    .as("completion of %s on %s, against the ledger", health.cohort().name(), today)
                    .containsExactly(ledgerSubmitted, ledgerDue);
        }
        executive(rows, today, atRisk);
    }

    /** The executive home: participants, completion, on time, at-risk pairs and mentor load of the program. */
    private void executive(List<Row> rows, LocalDate today, Set<Long> atRisk) {
        people.as(people.exec.username());
        List<ProgramFigures> programs = figures.programs();
        boolean started = ledger.cohorts.values().stream().anyMatch(c -> c.state.compareTo(CohortState.ACTIVE) >= 0);
        assertThat(programs).as("programs on the executive home on %s", today).hasSize(started ? 1 : 0);
        if (!started) {
            return;
        }
        var metrics = programs.getFirst().metrics();
        LocalDate from = today.minusYears(1);
        Set<Long> counted = ledger.cohorts.values().stream().filter(c -> c.state != CohortState.PLANNED
                        && !c.startsOn.isAfter(today) && !c.endsOn.isBefore(from)).map(c -> c.id)
                .collect(Collectors.toSet());
        Map<String, Long> sides = jdbc.queryForList("select side, cohort_id from enrollment"
                        + " where status in ('ACCEPTED', 'COMPLETED')").stream()
                .filter(r -> counted.contains(((Number) r.get("cohort_id")).longValue()))
                .collect(Collectors.groupingBy(r -> (String) r.get("side"), Collectors.counting()));
        assertThat(List.of(metrics.mentees(), metrics.mentors())).as("participants on %s", today)
                .containsExactly(sides.getOrDefault("MENTEE", 0L), sides.getOrDefault("MENTOR", 0L));
        List<Row> due = rows.stream().filter(r -> counted.contains(r.cohortId()) && !r.dueOn().isBefore(from)
                && !r.dueOn().isAfter(today)).toList();
        assertThat(metrics.completion()).as("program completion on %s", today)
                .isEqualTo(ratio(due, r -> submitted(r.status())));
        assertThat(metrics.onTime()).as("program on-time rate on %s", today)
                .isEqualTo(ratio(due, r -> submitted(r.status()) && onTime(r)));
        assertThat(metrics.atRiskPairs()).as("program at-risk pairs on %s", today).isEqualTo(atRisk.size());
        assertThat(metrics.mentorLoad()).as("mentor load on %s", today).isEqualTo(mentorLoad(counted));
    }

    /** Accepted mentors of the running cohorts counted, and their ACTIVE pairs. */
    private MentorLoad mentorLoad(Set<Long> counted) {
        List<long[]> mentors = new ArrayList<>();
        jdbc.query("""
                select mo.id, mo.cohort_id, c.max_mentees_per_mentor,
                       (select count(*) from mentor_assignment a where a.mentor_enrollment_id = mo.id
                          and a.status = 'ACTIVE')
                from enrollment mo join cohort c on c.id = mo.cohort_id
                where mo.side = 'MENTOR' and mo.status = 'ACCEPTED' and c.status = 'ACTIVE'""", rs -> {
            if (counted.contains(rs.getLong(2))) {
                mentors.add(new long[]{rs.getLong(3), rs.getLong(4)});
            }
        });
        if (mentors.isEmpty()) {
            return new MentorLoad(0, 0, 0, 0);
        }
        return new MentorLoad(mentors.size(), mentors.stream().mapToLong(m -> m[1]).sum(),
                mentors.stream().mapToLong(m -> m[1]).max().orElse(0),
                (int) mentors.stream().mapToLong(m -> m[0]).max().orElse(0));
    }

    /** PRODUCT.md: an ACTIVE pair whose mentee has no submission for more than two periods, or an urgent request. */
    private Set<Long> atRiskFromRows(List<Row> rows, LocalDate today) {
        Set<Long> atRisk = new TreeSet<>();
        jdbc.query("""
                select a.id, a.starts_on, c.cadence, a.mentee_enrollment_id from mentor_assignment a
                join cohort c on c.id = a.cohort_id where a.status = 'ACTIVE' and c.status = 'ACTIVE'""", rs -> {
            long mentee = rs.getLong(4);
            List<Row> own = rows.stream().filter(r -> r.enrollmentId() == mentee).toList();
            LocalDate last = own.stream().filter(r -> submitted(r.status())).map(r -> clock.dateOf(r.submittedAt()))
                    .max(LocalDate::compareTo).orElse(null);
            boolean urgent = own.stream().anyMatch(Row::urgentOpen);
            if (quietTooLong(Cadence.valueOf(rs.getString(3)), rs.getObject(2, LocalDate.class), last, urgent,
                    today)) {
                atRisk.add(rs.getLong(1));
            }
        });
        return atRisk;
    }

    private Set<Long> atRiskFromLedger(LocalDate today) {
        Set<Long> atRisk = new TreeSet<>();
        for (Cohort cohort : ledger.cohorts.values()) {
            if (cohort.state != CohortState.ACTIVE) {
                continue;
            }
            for (String mentee : cohort.mentees) {
                Pair pair = ledger.runningPair(mentee);
                List<CheckIn> own = new ArrayList<>(ledger.checkInsOf(mentee));
                LocalDate last = own.stream().filter(c -> c.submittedAt != null)
                        .map(c -> clock.dateOf(c.submittedAt)).max(LocalDate::compareTo).orElse(null);
                boolean urgent = own.stream().anyMatch(c -> c.urgentHelp && c.helpAcknowledgedAt == null);
                if (pair != null && quietTooLong(cohort.cadence, pair.startsOn, last, urgent, today)) {
                    atRisk.add(pair.assignmentId);
                }
            }
        }
        return atRisk;
    }

    private static boolean quietTooLong(Cadence cadence, LocalDate pairStart, LocalDate lastSubmission,
                                        boolean urgentOpen, LocalDate today) {
        LocalDate quietSince = lastSubmission != null ? lastSubmission : pairStart;
        return urgentOpen || today.isAfter(cadence.plusPeriods(quietSince, 2));
    }

    /** Submitted by the due date plus two days, counted in the app's calendar. */
    private boolean onTime(Row r) {
        return !clock.dateOf(r.submittedAt()).isAfter(r.dueOn().plusDays(2));
    }

    private static Ratio ratio(List<Row> rows, java.util.function.Predicate<Row> counts) {
        return rows.isEmpty() ? Ratio.NONE : new Ratio(rows.stream().filter(counts).count(), rows.size(),
                rows.stream().map(Row::enrollmentId).collect(Collectors.toSet()).size());
    }

    private static boolean submitted(String status) {
        return "SUBMITTED".equals(status) || "REVIEWED".equals(status);
    }

    private static Set<Long> ids(List<AtRiskPair> pairs) {
        return pairs.stream().map(AtRiskPair::assignmentId).collect(Collectors.toCollection(HashSet::new));
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
