package com.upward.simulation;

import com.upward.checkin.CheckInRules;
import com.upward.program.Cadence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulated people did, as they remember it: the truth the invariants hold the app's rows and figures to.
 * It is written from the simulation's own actions (who submitted what when, who reviewed, who was paired with whom),
 * never read back from the app, except for the identity of rows the app created (check-in ids, pair ids).
 */
final class SimLedger {

    enum CohortState { PLANNED, ENROLLING, ACTIVE, COMPLETED, ARCHIVED }

    /** One simulated cohort: its plan and what happened to it. */
    static final class Cohort {
        final String key;
        final Cadence cadence;
        final LocalDate opensOn;
        final LocalDate closesOn;
        final LocalDate startsOn;
        final LocalDate endsOn;
        final List<String> mentors;
        final List<String> mentees;
        long id;
        CohortState state = CohortState.PLANNED;

        Cohort(String key, Cadence cadence, LocalDate opensOn, LocalDate closesOn, LocalDate startsOn,
               LocalDate endsOn, List<String> mentors, List<String> mentees) {
            this.key = key;
            this.cadence = cadence;
            this.opensOn = opensOn;
            this.closesOn = closesOn;
            this.startsOn = startsOn;
            this.endsOn = endsOn;
            this.mentors = mentors;
            this.mentees = mentees;
        }
    }

    /** A running or past pair of a mentee. */
    static final class Pair {
        final long assignmentId;
        final String mentor;
        final LocalDate startsOn;
        boolean running = true;

        Pair(long assignmentId, String mentor, LocalDate startsOn) {
            this.assignmentId = assignmentId;
            this.mentor = mentor;
            this.startsOn = startsOn;
        }
    }

    /** One check-in the app scheduled, and what its mentee and mentor did with it. */
    static final class CheckIn {
        final long id;
        final String mentee;
        final Cohort cohort;
        final int period;
        final LocalDate startsOn;
        final LocalDate dueOn;
        Instant draftedAt;
        Instant submittedAt;
        Instant reviewedAt;
        boolean urgentHelp;
        Instant helpAcknowledgedAt;

        CheckIn(long id, String mentee, Cohort cohort, int period, LocalDate startsOn, LocalDate dueOn) {
            this.id = id;
            this.mentee = mentee;
            this.cohort = cohort;
            this.period = period;
            this.startsOn = startsOn;
            this.dueOn = dueOn;
        }

        boolean open() {
            return submittedAt == null;
        }

        /** The status the product rules give it now. */
        String status() {
            return reviewedAt != null ? "REVIEWED" : submittedAt != null ? "SUBMITTED"
                    : draftedAt != null ? "DRAFT" : "DUE";
        }

        /** What the mentee's list should say, by the rules of PRODUCT.md, decided here without the app's code. */
        CheckInRules.State state(LocalDate today, ZoneId zone) {
            if (reviewedAt != null) {
                return CheckInRules.State.REVIEWED;
            }
            if (submittedAt != null) {
                boolean late = LocalDate.ofInstant(submittedAt, zone).isAfter(dueOn.plusDays(2));
                return late ? CheckInRules.State.LATE : CheckInRules.State.SUBMITTED;
            }
            if (today.isAfter(dueOn.plusDays(2))) {
                return CheckInRules.State.OVERDUE;
            }
            if (draftedAt != null) {
                return CheckInRules.State.DRAFT;
            }
            return today.isBefore(startsOn) ? CheckInRules.State.UPCOMING : CheckInRules.State.DUE;
        }
    }

    final Map<String, Cohort> cohorts = new LinkedHashMap<>();
    final Map<Long, CheckIn> checkIns = new LinkedHashMap<>();
    /** Every pair of each mentee, oldest first. */
    final Map<String, List<Pair>> pairs = new HashMap<>();
    /** Notifications that must exist by now: dedup key → recipient username. */
    final Map<String, String> expectedOnce = new LinkedHashMap<>();
    /** People who turned off emails of a notification type: username → types. */
    final Map<String, List<String>> noEmail = new HashMap<>();

    Cohort cohortOf(String person) {
        return cohorts.values().stream().filter(c -> c.mentees.contains(person) || c.mentors.contains(person))
                .findFirst().orElseThrow();
    }

    void paired(String mentee, long assignmentId, String mentor, LocalDate startsOn) {
        pairs.computeIfAbsent(mentee, m -> new ArrayList<>()).add(new Pair(assignmentId, mentor, startsOn));
    }

    /** The mentee's running pair, or null. */
    Pair runningPair(String mentee) {
        return pairs.getOrDefault(mentee, List.of()).stream().filter(p -> p.running).findFirst().orElse(null);
    }

    Collection<CheckIn> checkInsOf(String mentee) {
        return checkIns.values().stream().filter(c -> c.mentee.equals(mentee)).toList();
    }

    /** Expects a notification with this dedup key, once, to {@code recipient} (the first expectation stands). */
    void expectOnce(String dedupKey, String recipient) {
        expectedOnce.putIfAbsent(dedupKey, recipient);
    }

    boolean wantsEmail(String username, String type) {
        return !noEmail.getOrDefault(username, List.of()).contains(type);
    }
}
