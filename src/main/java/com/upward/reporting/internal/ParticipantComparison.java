package com.upward.reporting.internal;

import com.upward.reporting.ColleagueComparison;
import com.upward.reporting.ColleagueComparison.Difference;
import com.upward.reporting.ColleagueComparison.Outcome;
import com.upward.reporting.ColleagueComparison.Row;
import com.upward.reporting.ReportScope;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Participants compared with similar colleagues by exact-cell matching (stratification). A participant's stratum is
 * their cohort's start (the baseline), and their department, job level band and tenure band on that day, from the
 * directory's history; their comparison colleagues are the employees active that day in the same stratum who never
 * took part in the program. Per outcome, only strata whose follow-up date has passed count; the colleagues' rate is
 * the stratum rates weighted by the participants in each stratum, so both groups have the same mix. Rules and
 * reasons: docs/decisions/030-participant-comparison.md.
 */
@Component
public class ParticipantComparison {

    /** The job level bands: 1–2, 3–4, 5–6, 7 and above. */
    static String levelBand(int level) {
        return level <= 2 ? "1-2" : level <= 4 ? "3-4" : level <= 6 ? "5-6" : "7+";
    }

    /** Years with the company on the baseline: under 1, 1–3, 3–5, 5 and more; "?" without a hire date. */
    static String tenureBand(LocalDate hireDate, LocalDate baseline) {
        if (hireDate == null) {
            return "?";
        }
        long years = ChronoUnit.YEARS.between(hireDate, baseline);
        return years < 1 ? "<1" : years < 3 ? "1-3" : years < 5 ? "3-5" : "5+";
    }

    /** What the directory said about an employee from {@code from} on. */
    record State(LocalDate from, int level, String department, boolean active) {
    }

    /** An employee's hire date and history, oldest first. */
    record Person(LocalDate hireDate, List<State> history) {

        /** The state on {@code day}, or null before the first row. */
        State at(LocalDate day) {
            State state = null;
            for (State s : history) {
                if (s.from().isAfter(day)) {
                    break;
                }
                state = s;
            }
            return state;
        }

        /** Employed and active on the day. */
        boolean activeOn(LocalDate day) {
            State s = at(day);
            return s != null && s.active() && (hireDate == null || !hireDate.isAfter(day));
        }
    }

    private record Stratum(LocalDate baseline, String department, String level, String tenure) {

        static Stratum of(Person p, State s, LocalDate baseline) {
            return new Stratum(baseline, s.department(), levelBand(s.level()), tenureBand(p.hireDate(), baseline));
        }
    }

    private final ComparisonQueries queries;

    ParticipantComparison(ComparisonQueries queries) {
        this.queries = queries;
    }

    public ColleagueComparison compare(ReportScope scope, LocalDate today) {
        Map<Long, LocalDate> participants = queries.participants(scope);
        if (participants.isEmpty()) {
            return ColleagueComparison.NONE;
        }
        return compare(participants, queries.tookPart(scope.programId()), queries.people(), today);
    }

    /**
     * {@code participants}: employee id → baseline; {@code tookPart}: never a colleague; {@code people}: every
     * employee's history.
     */
    static ColleagueComparison compare(Map<Long, LocalDate> participants, Set<Long> tookPart,
                                       Map<Long, Person> people, LocalDate today) {
        Map<Stratum, List<Person>> mentees = new HashMap<>();
        participants.forEach((id, baseline) -> {
            Person p = people.get(id);
            State s = p.at(baseline);
            // joined the directory after the cohort started: their first known state
            mentees.computeIfAbsent(Stratum.of(p, s == null ? p.history().getFirst() : s, baseline),
                    k -> new ArrayList<>()).add(p);
        });
        Set<LocalDate> baselines = new HashSet<>(participants.values());
        Map<Stratum, List<Person>> colleagues = new HashMap<>();
        people.forEach((id, p) -> {
            if (tookPart.contains(id) || participants.containsKey(id)) {
                return;
            }
            for (LocalDate baseline : baselines) {
                if (p.activeOn(baseline)) {
                    Stratum stratum = Stratum.of(p, p.at(baseline), baseline);
                    if (mentees.containsKey(stratum)) {
                        colleagues.computeIfAbsent(stratum, k -> new ArrayList<>()).add(p);
                    }
                }
            }
        });
        long unmatched = mentees.entrySet().stream().filter(e -> !colleagues.containsKey(e.getKey()))
                .mapToLong(e -> e.getValue().size()).sum();
        List<Row> rows = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            rows.add(row(outcome, mentees, colleagues, today));
        }
        return new ColleagueComparison(rows, notYet(participants, 6, today), notYet(participants, 12, today),
                unmatched);
    }

    private static long notYet(Map<Long, LocalDate> participants, int months, LocalDate today) {
        return participants.values().stream().filter(b -> b.plusMonths(months).isAfter(today)).count();
    }

    private static Row row(Outcome outcome, Map<Stratum, List<Person>> mentees, Map<Stratum, List<Person>> colleagues,
                           LocalDate today) {
        int n1 = 0;
        int x1 = 0;
        int n2 = 0;
        double weighted = 0;
        double sumSquaredWeights = 0; // of the colleagues' weights n1_s / n2_s, for the effective size
        for (var entry : colleagues.entrySet()) {
            LocalDate baseline = entry.getKey().baseline();
            if (baseline.plusMonths(outcome.months()).isAfter(today)) {
                continue;
            }
            List<Person> stratumMentees = mentees.get(entry.getKey());
            List<Person> stratumColleagues = entry.getValue();
            int m = stratumMentees.size();
            int c = stratumColleagues.size();
            n1 += m;
            x1 += (int) stratumMentees.stream().filter(p -> reached(outcome, p, baseline)).count();
            n2 += c;
            weighted += m * (double) stratumColleagues.stream().filter(p -> reached(outcome, p, baseline)).count() / c;
            sumSquaredWeights += (double) m * m / c;
        }
        if (n1 == 0) {
            return new Row(outcome, 0, 0, 0, 0, null);
        }
        double rate2 = weighted / n1;
        Difference difference = DifferenceInterval.weighted(x1, n1, rate2, (double) n1 * n1 / sumSquaredWeights);
        return new Row(outcome, n1, (double) x1 / n1, n2, rate2, difference);
    }

    /** Whether the person reached the outcome at its follow-up date. */
    static boolean reached(Outcome outcome, Person p, LocalDate baseline) {
        LocalDate followUp = baseline.plusMonths(outcome.months());
        State then = p.at(followUp);
        return switch (outcome) {
            case RETENTION_6, RETENTION_12 -> then != null && then.active();
            case PROMOTION -> {
                State before = p.at(baseline);
                State start = before == null ? p.history().getFirst() : before;
                yield then != null && then.level() > start.level();
            }
        };
    }
}
