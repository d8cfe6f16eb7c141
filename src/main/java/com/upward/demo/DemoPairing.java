package com.upward.demo;

import com.upward.demo.DemoModel.Cast;
import com.upward.demo.DemoModel.CohortInfo;
import com.upward.demo.DemoModel.Enrollment;
import com.upward.demo.DemoModel.Pair;
import com.upward.demo.DemoModel.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The pairs of cohorts A (all ended with the cohort) and B (active, one rematched), with their history. The demo
 * logins get their pairs by hand; everyone else is matched by score under the hard rules and capacity.
 */
final class DemoPairing {

    static final String COHORT_COMPLETED = "Cohort completed";
    private static final String REMATCH_REASON =
            "Mentor moved to a customer-facing role with heavy travel; sessions kept falling through.";

    private final DemoPrograms programs;
    private final CohortInfo a;
    private final CohortInfo b;
    private final Random random;
    private final DemoTime time;
    private final DemoTexts texts;
    private final DemoMatching matching;
    private final long hrUserId;
    private final ZoneId hrZone;

    DemoPairing(DemoPrograms programs, JdbcInserter db, Random random, DemoTime time, DemoTexts texts, long hrUserId,
                ZoneId hrZone) {
        this.programs = programs;
        this.a = programs.a;
        this.b = programs.b;
        this.random = random;
        this.time = time;
        this.texts = texts;
        this.matching = new DemoMatching(db);
        this.hrUserId = hrUserId;
        this.hrZone = hrZone;
    }

    void pairCohortA(Cast cast) {
        List<Pair> made = new ArrayList<>();
        made.add(pair(a, cast.mentor2(), cast.mentee(), texts.assignmentReason()));
        made.add(pair(a, cast.mentor(), cast.mentee3(), texts.assignmentReason()));
        made.addAll(DemoMatching.assignRest(programs.participants(a, "MENTOR"),
                shuffled(programs.participants(a, "MENTEE")), made, a.maxMentees));
        for (Pair p : made) {
            p.status = "ENDED";
            p.startsOn = a.startsOn;
            p.endsOn = a.endsOn;
            p.endReason = COHORT_COMPLETED;
            if (p.assignmentReason == null) {
                p.assignmentReason = "Accepted from the auto-match preview.";
            }
            Instant assigned = time.at(a.startsOn.minusDays(5), 10, 0, hrZone);
            matching.insert(p, hrUserId, assigned, time.at(a.endsOn, 18, 0, hrZone));
            matching.event(p, "ASSIGNED", hrUserId, assigned, p.assignmentReason, null);
            matching.event(p, "ENDED", null, time.at(a.endsOn, 18, 0, hrZone), COHORT_COMPLETED, null);
            programs.pairs.add(p);
        }
    }

    void pairCohortB(Cast cast) {
        List<Enrollment> mentees = programs.participants(b, "MENTEE");
        Enrollment mentorEnrollment = programs.enrollment(b, cast.mentor());
        List<Pair> made = new ArrayList<>();
        made.add(pair(b, cast.mentor(), cast.mentee(), "Mentee asked for someone outside their department."));
        programs.urgentMentee = pickMentee(mentees, mentorEnrollment, cast, made);
        made.add(pair(b, cast.mentor(), programs.urgentMentee.person, texts.assignmentReason()));
        made.add(pair(b, cast.mentor(), pickMentee(mentees, mentorEnrollment, cast, made).person,
                texts.assignmentReason()));
        programs.drifter = pickMentee(mentees, programs.enrollment(b, cast.mentor3()), cast, made);
        made.add(pair(b, cast.mentor3(), programs.drifter.person, texts.assignmentReason()));
        Enrollment mentee2 = programs.enrollment(b, cast.mentee2());
        Enrollment firstMentor = pick(programs.participants(b, "MENTOR").stream()
                .filter(m -> !DemoDirectory.isCast(cast, m.person) && DemoMatching.allowed(m.person, cast.mentee2())
                        && DemoMatching.score(m, mentee2, b.startsOn).total() >= DemoMatching.GOOD_ENOUGH)
                .toList());
        Pair ended = pair(b, firstMentor.person, cast.mentee2(), texts.assignmentReason());
        LocalDate rematchOn = b.startsOn.plusWeeks(5);
        Pair rematch = pair(b, cast.mentor2(), cast.mentee2(),
                "Rematch after the first mentor's role change; good overlap in focus areas.");
        made.add(ended);
        made.add(rematch);
        made.addAll(DemoMatching.assignRest(programs.participants(b, "MENTOR"), shuffled(mentees), made,
                b.maxMentees));

        Instant assigned = time.at(b.startsOn.minusDays(4), 10, 0, hrZone);
        Instant rematchedAt = time.at(rematchOn, 9, 30, hrZone);
        for (Pair p : made) {
            p.status = p == ended ? "ENDED" : "ACTIVE";
            p.startsOn = p == rematch ? rematchOn : b.startsOn;
        }
        ended.endsOn = rematchOn;
        ended.endReason = REMATCH_REASON;
        for (Pair p : made) {
            if (p.assignmentReason == null) {
                p.assignmentReason = "Accepted from the auto-match preview.";
            }
            if (p == rematch) {
                continue;
            }
            matching.insert(p, hrUserId, assigned, p == ended ? rematchedAt : assigned);
            matching.event(p, "ASSIGNED", hrUserId, assigned, p.assignmentReason, null);
        }
        matching.event(ended, "ENDED", hrUserId, rematchedAt, REMATCH_REASON, null);
        matching.insert(rematch, hrUserId, rematchedAt, rematchedAt);
        matching.event(rematch, "REMATCHED", hrUserId, rematchedAt, REMATCH_REASON, ended);
        programs.pairs.addAll(made);
    }

    private Pair pair(CohortInfo cohort, Person mentor, Person mentee, String reason) {
        Enrollment mentorEnrollment = programs.enrollment(cohort, mentor);
        Enrollment menteeEnrollment = programs.enrollment(cohort, mentee);
        if (!DemoMatching.allowed(mentor, mentee)) {
            throw new IllegalStateException(mentor.fullName() + " may not mentor " + mentee.fullName());
        }
        Pair pair = new Pair(mentorEnrollment, menteeEnrollment,
                DemoMatching.score(mentorEnrollment, menteeEnrollment, cohort.startsOn));
        pair.assignmentReason = reason;
        return pair;
    }

    /** A mentee for a hand-made pair: not a demo login, allowed, unpaired, and a good match (score 65+). */
    private Enrollment pickMentee(List<Enrollment> mentees, Enrollment mentor, Cast cast, List<Pair> made) {
        return pick(mentees.stream()
                .filter(e -> !DemoDirectory.isCast(cast, e.person) && DemoMatching.allowed(mentor.person, e.person)
                        && made.stream().noneMatch(p -> p.mentee == e)
                        && DemoMatching.score(mentor, e, b.startsOn).total() >= 65)
                .toList());
    }

    private List<Enrollment> shuffled(List<Enrollment> list) {
        List<Enrollment> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
