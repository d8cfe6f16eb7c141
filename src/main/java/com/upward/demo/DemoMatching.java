package com.upward.demo;

import com.upward.demo.DemoModel.Enrollment;
import com.upward.demo.DemoModel.Pair;
import com.upward.demo.DemoModel.Person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Match scores with their explanation (the criteria of PRODUCT.md, with default weights), the hard rules, a simple
 * best-available assignment for the demo cohorts, and writing pairs with their history.
 */
final class DemoMatching {

    record Criterion(String name, int weight, double subScore, String reason) {
    }

    record Score(List<Criterion> criteria) {

        double total() {
            return criteria.stream().mapToDouble(c -> c.weight() * c.subScore()).sum();
        }

        BigDecimal decimal() {
            return BigDecimal.valueOf(total()).setScale(2, RoundingMode.HALF_UP);
        }

        /** {"criteria":[{"name":..,"weight":..,"subScore":..,"reason":..}, ...]} */
        String json() {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Criterion c : criteria) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", c.name());
                item.put("weight", c.weight());
                item.put("subScore", BigDecimal.valueOf(c.subScore()).setScale(2, RoundingMode.HALF_UP));
                item.put("reason", c.reason());
                items.add(item);
            }
            return Json.write(Map.of("criteria", items));
        }
    }

    /** Below this score a pair is made only if nothing better is left (or swapped away afterwards). */
    static final double GOOD_ENOUGH = 55;

    private final JdbcInserter db;

    DemoMatching(JdbcInserter db) {
        this.db = db;
    }

    /** Hard rules: never the same person, never the mentee's manager or anyone above them. */
    static boolean allowed(Person mentor, Person mentee) {
        return mentor != mentee && !mentee.reportsTo(mentor);
    }

    static Score score(Enrollment mentor, Enrollment mentee, LocalDate on) {
        Person a = mentor.person;
        Person b = mentee.person;
        return new Score(List.of(focus(mentor, mentee), crossDepartment(a, b), levelGap(a, b), language(a, b),
                timeZone(a, b, on), preference(mentor, mentee)));
    }

    /**
     * Pairs every unpaired mentee with an allowed mentor that still has room, best-scoring pairs first (a simple
     * stand-in for the real optimiser). {@code existing} are pairs already made in the cohort; they count against
     * capacity.
     */
    static List<Pair> assignRest(List<Enrollment> mentors, List<Enrollment> mentees, List<Pair> existing, int capacity) {
        List<Pair> candidates = new ArrayList<>();
        for (Enrollment mentee : mentees) {
            if (existing.stream().noneMatch(p -> p.mentee == mentee)) {
                for (Enrollment mentor : mentors) {
                    if (allowed(mentor.person, mentee.person)) {
                        candidates.add(new Pair(mentor, mentee, score(mentor, mentee, mentee.cohort.startsOn)));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Pair p) -> p.score.total()).reversed());
        List<Pair> all = new ArrayList<>(existing);
        List<Pair> made = new ArrayList<>();
        // first only believable matches, then whatever is left for anyone still unpaired
        for (boolean strict : new boolean[] {true, false}) {
            for (Pair candidate : candidates) {
                boolean menteeFree = all.stream().noneMatch(p -> p.mentee == candidate.mentee);
                long load = all.stream().filter(p -> p.mentor == candidate.mentor).count();
                if (menteeFree && load < capacity && (!strict || believable(candidate.score))) {
                    all.add(candidate);
                    made.add(candidate);
                }
            }
        }
        for (Enrollment mentee : mentees) {
            if (all.stream().noneMatch(p -> p.mentee == mentee)) {
                throw new IllegalStateException("No mentor left for " + mentee.person.fullName());
            }
        }
        swapOutWeakPairs(made);
        return made;
    }

    /** Demo scores stay in a believable band: a good match, but nobody is a perfect fit. */
    static boolean believable(Score score) {
        return score.total() >= GOOD_ENOUGH && score.total() <= 95;
    }

    /** Swaps the mentees of a weak pair and another pair when both new pairs are believable. */
    private static void swapOutWeakPairs(List<Pair> made) {
        for (int i = 0; i < made.size(); i++) {
            Pair weak = made.get(i);
            for (int k = 0; k < made.size() && !believable(made.get(i).score); k++) {
                Pair other = made.get(k);
                if (k == i || !allowed(other.mentor.person, weak.mentee.person)
                        || !allowed(weak.mentor.person, other.mentee.person)) {
                    continue;
                }
                LocalDate on = weak.mentee.cohort.startsOn;
                Pair first = new Pair(other.mentor, weak.mentee, score(other.mentor, weak.mentee, on));
                Pair second = new Pair(weak.mentor, other.mentee, score(weak.mentor, other.mentee, on));
                if (believable(first.score) && believable(second.score)) {
                    made.set(i, first);
                    made.set(k, second);
                }
            }
        }
    }

    /** Writes a pair and returns its id. */
    long insert(Pair pair, long hrUserId, Instant assignedAt, Instant updatedAt) {
        pair.id = db.insert("mentor_assignment", JdbcInserter.row()
                .set("cohort_id", pair.mentee.cohort.id)
                .set("mentor_enrollment_id", pair.mentor.id).set("mentee_enrollment_id", pair.mentee.id)
                .set("status", pair.status).set("score", pair.score.decimal())
                .set("score_explanation", pair.score.json())
                .set("assigned_by_id", hrUserId).set("assignment_reason", pair.assignmentReason)
                .set("starts_on", pair.startsOn).set("ends_on", pair.endsOn).set("end_reason", pair.endReason)
                .audited(assignedAt, updatedAt));
        return pair.id;
    }

    void event(Pair pair, String type, Long actorId, Instant at, String reason, Pair previous) {
        db.insert("assignment_event", JdbcInserter.row()
                .set("assignment_id", pair.id).set("event_type", type).set("actor_id", actorId)
                .set("occurred_at", at).set("reason", reason)
                .set("old_score", previous == null ? null : previous.score.decimal())
                .set("new_score", "ENDED".equals(type) ? null : pair.score.decimal())
                .set("previous_assignment_id", previous == null ? null : previous.id));
    }

    // --- criteria -------------------------------------------------------------------------------------------------

    private static Criterion focus(Enrollment mentor, Enrollment mentee) {
        List<String> shared = mentee.topics.stream().filter(mentor.topics::contains).toList();
        double sub = mentee.topics.isEmpty() ? 0 : Math.round(100.0 * shared.size() / mentee.topics.size()) / 100.0;
        String reason = shared.isEmpty()
                ? "None of the focus areas (" + String.join(", ", mentee.topics) + ") is among the mentor's skills"
                : "Shares " + shared.size() + " of " + mentee.topics.size() + " focus areas: " + String.join(", ", shared);
        return new Criterion("Focus areas vs skills", 30, sub, reason);
    }

    private static Criterion crossDepartment(Person mentor, Person mentee) {
        String from = departmentOf(mentor);
        String to = departmentOf(mentee);
        return from.equals(to)
                ? new Criterion("Cross-department", 10, 0.3, "Both in " + to)
                : new Criterion("Cross-department", 10, 1.0,
                        "Mentor in " + from + ", mentee in " + to + ": a view from outside the team");
    }

    private static Criterion levelGap(Person mentor, Person mentee) {
        int gap = mentor.level - mentee.level;
        double sub = gap <= 0 ? 0.0 : gap <= 1 || gap == 4 ? 0.8 : gap <= 3 ? 1.0 : 0.5;
        String reason = gap <= 0
                ? "Mentor is not more senior (" + mentor.level + " vs " + mentee.level + ")"
                : gap > 4 ? "Gap of " + gap + " levels is larger than the ideal 1-4"
                : "Mentor is " + gap + (gap == 1 ? " level" : " levels") + " senior (" + mentor.level + " vs "
                        + mentee.level + ")";
        return new Criterion("Level gap", 20, sub, reason);
    }

    private static Criterion language(Person mentor, Person mentee) {
        List<String> shared = mentee.languages.stream()
                .filter(l -> !l.equals("English") && mentor.hasLanguage(l)).toList();
        return shared.isEmpty()
                ? new Criterion("Shared language", 15, 0.7, "Common language: English")
                : new Criterion("Shared language", 15, 1.0, "Both speak English and " + String.join(", ", shared));
    }

    private static Criterion timeZone(Person mentor, Person mentee, LocalDate on) {
        Instant noon = on.atTime(12, 0).toInstant(ZoneOffset.UTC);
        int seconds = Math.abs(mentor.location.zone.getRules().getOffset(noon).getTotalSeconds()
                - mentee.location.zone.getRules().getOffset(noon).getTotalSeconds());
        int hours = seconds / 3600;
        double sub = hours == 0 ? 1.0 : hours <= 2 ? 0.9 : hours <= 5 ? 0.6 : hours <= 8 ? 0.4 : 0.2;
        String zones = mentor.location.zone.getId() + " vs " + mentee.location.zone.getId();
        String reason = hours == 0 ? "Same time zone offset (" + zones + ")" : hours + " h apart (" + zones + ")";
        return new Criterion("Time-zone distance", 15, sub, reason);
    }

    private static Criterion preference(Enrollment mentor, Enrollment mentee) {
        String name = "Stated preference";
        if (mentee.preferredMentor != null) {
            return mentee.preferredMentor == mentor.person
                    ? new Criterion(name, 10, 1.0, "Mentee asked for this mentor")
                    : new Criterion(name, 10, 0.4, "Mentee asked for " + mentee.preferredMentor.fullName());
        }
        boolean sameOffice = mentor.person.location == mentee.person.location;
        return switch (mentee.locationPreference) {
            case "SAME" -> sameOffice
                    ? new Criterion(name, 10, 1.0, "Wants a mentor in the same office: both in "
                            + mentee.person.location.city)
                    : new Criterion(name, 10, 0.2, "Wants a mentor in " + mentee.person.location.city
                            + "; mentor is in " + mentor.person.location.city);
            case "OTHER" -> sameOffice
                    ? new Criterion(name, 10, 0.2, "Wants a mentor from another office; both in "
                            + mentee.person.location.city)
                    : new Criterion(name, 10, 1.0, "Wants a mentor from another office: " + mentor.person.location.city);
            default -> new Criterion(name, 10, 1.0, "No preference stated");
        };
    }

    private static String departmentOf(Person p) {
        return p.department == null ? DemoDirectory.CEO_DEPARTMENT : p.department.name();
    }
}
