package com.upward.demo;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Four programs with 40 weekly cohorts (24 completed, 10 active, 6 enrolling), 8,000 mentee and 3,000 mentor
 * enrollments with topics, pairs for every accepted mentee of a running or completed cohort, and two goals with
 * milestones per paired mentee. The last active cohort is the large one (600 mentees, 200 mentors); one person,
 * {@link LargeDataSet#MENTEE_USERNAME}, is a mentee in five completed cohorts and in the large one.
 */
final class LargeCohorts {

    static final int COHORTS = 40;
    static final int COMPLETED = 24;
    static final int ACTIVE = 10;
    static final int MENTEES = 8_000;
    static final int MENTORS = 3_000;
    static final int LARGE_MENTEES = 600;
    static final int LARGE_MENTORS = 200;
    static final int LARGE_COHORT = COMPLETED + ACTIVE - 1;
    static final int WEEKS = 54;
    private static final String[] PROGRAMS = {"Failing Forward at Scale", "Engineering Craft Circle",
        "First-Time Managers", "Commercial Excellence"};

    /** A mentee enrollment and what hangs off it. */
    static final class Mentee {
        long enrollment;
        int person;
        boolean paired;
        long pair;
        int mentor;
        long[] goals = new long[0];
        int[] finalProgress = new int[0];
        String[] finalStatus = new String[0];
        int engagement;
    }

    static final class Cohort {
        long id;
        int index;
        String status;
        LocalDate startsOn;
        LocalDate endsOn;
        final List<Mentee> mentees = new ArrayList<>();
        final List<long[]> mentors = new ArrayList<>();  // {enrollment id, person index}
    }

    final List<Cohort> cohorts = new ArrayList<>();
    private final LargeDirectory people;
    private final LargeDataSet.Ids ids;
    private final Random random;
    private final DemoTexts texts;

    LargeCohorts(LargeDataSet.Source source) {
        this.people = source.people();
        this.ids = source.ids();
        this.random = source.random();
        this.texts = source.texts();
    }

    void insert(Connection connection, Map<String, Integer> counts, LocalDate today, long hrUser, int bigMentee) {
        Instant now = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        long[] programs = new long[PROGRAMS.length];
        try (var rows = new RowWriter(connection, counts, "program", "id", "version", "name", "description",
                "owner_id", "default_cadence", "default_max_mentees", "active", "created_at", "updated_at")) {
            for (int p = 0; p < programs.length; p++) {
                programs[p] = ids.next("program");
                rows.add(programs[p], 0L, PROGRAMS[p], "Large data set (benchmarks)", hrUser, "WEEKLY", 3, true,
                        now, now);
            }
        }
        List<Integer> mentorPool = new ArrayList<>();
        List<Integer> menteePool = new ArrayList<>();
        for (int i = 1; i < people.level.length; i++) {
            if (people.level[i] >= 4 && people.level[i] <= 9) {
                mentorPool.add(i);
            }
            if (people.level[i] <= 6 && i != bigMentee) {
                menteePool.add(i);
            }
        }
        try (var cohortRows = new RowWriter(connection, counts, "cohort", "id", "version", "program_id", "name",
                "description", "enrollment_opens_on", "enrollment_closes_on", "starts_on", "ends_on", "cadence",
                "max_mentees_per_mentor", "status", "exclude_previous_pairs", "created_at", "updated_at")) {
            for (int c = 0; c < COHORTS; c++) {
                Cohort cohort = plan(c, today);
                cohorts.add(cohort);
                LocalDate opens = cohort.status.equals("ENROLLING") ? today.minusDays(14) : cohort.startsOn.minusWeeks(6);
                LocalDate closes = cohort.status.equals("ENROLLING") ? today.plusDays(7) : cohort.startsOn.minusWeeks(1);
                cohortRows.add(cohort.id, 0L, programs[c % programs.length], "Cohort " + (c / programs.length + 1)
                        + " (" + cohort.startsOn.getYear() + ")", null, opens, closes, cohort.startsOn, cohort.endsOn,
                        "WEEKLY", 3, cohort.status, false, now, now);
            }
        }
        try (var enrollments = new RowWriter(connection, counts, "enrollment", "id", "version", "cohort_id",
                "employee_id", "side", "status", "invited", "motivation", "availability", "location_preference",
                "applied_at", "decided_at", "decided_by_id", "window_override", "created_at", "updated_at");
             var topics = new RowWriter(connection, counts, "enrollment_topic", "enrollment_id", "topic")
                     .after(enrollments)) {
            for (Cohort cohort : cohorts) {
                boolean large = cohort.index == LARGE_COHORT;
                int mentees = large ? LARGE_MENTEES : share(MENTEES - LARGE_MENTEES, cohort.index);
                int mentors = large ? LARGE_MENTORS : share(MENTORS - LARGE_MENTORS, cohort.index);
                Set<Integer> taken = new HashSet<>();
                Instant applied = cohort.startsOn.minusWeeks(5).atTime(10, 0).toInstant(ZoneOffset.UTC);
                Instant decided = applied.plusSeconds(3 * 86_400L);
                for (int m = 0; m < mentors; m++) {
                    int person = draw(mentorPool, taken);
                    long id = ids.next("enrollment");
                    String status = cohort.status.equals("COMPLETED") ? "COMPLETED"
                            : cohort.status.equals("ACTIVE") || random.nextInt(10) < 7 ? "ACCEPTED" : "APPLIED";
                    enrollments.add(id, 0L, cohort.id, people.id[person], "MENTOR", status, false,
                            texts.mentorMotivation(), null, "ANY", applied, status.equals("APPLIED") ? null : decided,
                            status.equals("APPLIED") ? null : hrUser, false, applied, applied);
                    topics(topics, id);
                    cohort.mentors.add(new long[]{id, person});
                }
                boolean bigMenteeHere = large || (cohort.index >= COMPLETED - 5 && cohort.index < COMPLETED);
                for (int m = 0; m < mentees; m++) {
                    Mentee mentee = new Mentee();
                    mentee.person = m == 0 && bigMenteeHere ? bigMentee : draw(menteePool, taken);
                    mentee.enrollment = ids.next("enrollment");
                    String status = menteeStatus(cohort, mentee.person == bigMentee);
                    mentee.paired = !cohort.status.equals("ENROLLING") && !status.equals("WITHDRAWN");
                    mentee.engagement = mentee.person == bigMentee ? 95 : 45 + random.nextInt(56);
                    boolean decidedYet = !status.equals("APPLIED");
                    enrollments.add(mentee.enrollment, 0L, cohort.id, people.id[mentee.person], "MENTEE", status,
                            false, texts.menteeMotivation(), null, "ANY", applied, decidedYet ? decided : null,
                            decidedYet ? hrUser : null, false, applied, applied);
                    topics(topics, mentee.enrollment);
                    cohort.mentees.add(mentee);
                }
            }
        }
        pairsAndGoals(connection, counts, hrUser);
    }

    private Cohort plan(int c, LocalDate today) {
        Cohort cohort = new Cohort();
        cohort.id = ids.next("cohort");
        cohort.index = c;
        LocalDate monday = DemoTime.mondayOnOrBefore(today);
        if (c < COMPLETED) {
            cohort.status = "COMPLETED";
            cohort.startsOn = monday.minusWeeks(WEEKS + 6 + 4L * (COMPLETED - 1 - c));
        } else if (c < COMPLETED + ACTIVE) {
            cohort.status = "ACTIVE";
            cohort.startsOn = monday.minusWeeks(8 + 4L * (c - COMPLETED));
        } else {
            cohort.status = "ENROLLING";
            cohort.startsOn = monday.plusWeeks(2 + c - COMPLETED - ACTIVE);
        }
        cohort.endsOn = cohort.startsOn.plusWeeks(WEEKS);
        return cohort;
    }

    private String menteeStatus(Cohort cohort, boolean bigMentee) {
        int roll = bigMentee ? 50 : random.nextInt(100);
        return switch (cohort.status) {
            case "COMPLETED" -> roll < 4 ? "WITHDRAWN" : "COMPLETED";
            case "ACTIVE" -> roll < 4 ? "WITHDRAWN" : "ACCEPTED";
            default -> roll < 50 ? "APPLIED" : roll < 90 ? "ACCEPTED" : "WAITLISTED";
        };
    }

    private void pairsAndGoals(Connection connection, Map<String, Integer> counts, long hrUser) {
        try (var pairs = new RowWriter(connection, counts, "mentor_assignment", "id", "version", "cohort_id",
                "mentor_enrollment_id", "mentee_enrollment_id", "status", "score", "assigned_by_id",
                "assignment_reason", "starts_on", "ends_on", "end_reason", "created_at", "updated_at");
             var goals = new RowWriter(connection, counts, "goal", "id", "version", "enrollment_id", "goal_type",
                     "title", "why_it_matters", "success_criteria", "target_date", "status", "progress",
                     "created_at", "updated_at");
             var milestones = new RowWriter(connection, counts, "milestone", "id", "version", "goal_id", "title",
                     "position", "done", "done_on").after(goals)) {
            for (Cohort cohort : cohorts) {
                boolean completed = cohort.status.equals("COMPLETED");
                Instant created = cohort.startsOn.minusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC);
                int next = 0;
                for (Mentee mentee : cohort.mentees) {
                    if (!mentee.paired) {
                        continue;
                    }
                    long[] mentor = cohort.mentors.get(next++ % cohort.mentors.size());
                    mentee.pair = ids.next("mentor_assignment");
                    mentee.mentor = (int) mentor[1];
                    pairs.add(mentee.pair, 0L, cohort.id, mentor[0], mentee.enrollment, completed ? "ENDED" : "ACTIVE",
                            55 + random.nextInt(4000) / 100.0, hrUser, texts.assignmentReason(), cohort.startsOn,
                            completed ? cohort.endsOn : null, completed ? "Cohort completed" : null, created, created);
                    goals(goals, milestones, cohort, mentee, created);
                }
            }
        }
    }

    private void goals(RowWriter goals, RowWriter milestones, Cohort cohort, Mentee mentee, Instant created) {
        String[] types = {"LEARNING", "OUTCOME"};
        Set<String> used = new HashSet<>();
        mentee.goals = new long[types.length];
        mentee.finalProgress = new int[types.length];
        mentee.finalStatus = new String[types.length];
        for (int g = 0; g < types.length; g++) {
            var template = DemoGoalTemplates.pick(types[g], people.department[mentee.person].name(), used, random);
            String status = goalStatus(cohort.status.equals("COMPLETED"));
            int progress = switch (status) {
                case "ACHIEVED" -> 100;
                case "NOT_STARTED" -> 0;
                default -> 10 + random.nextInt(81);
            };
            mentee.goals[g] = ids.next("goal");
            mentee.finalProgress[g] = progress;
            mentee.finalStatus[g] = status;
            goals.add(mentee.goals[g], 0L, mentee.enrollment, types[g], template.title(), template.why(),
                    template.successCriteria(), cohort.endsOn.minusWeeks(2), status, progress, created, created);
            List<String> steps = template.milestones();
            for (int s = 0; s < steps.size(); s++) {
                boolean done = (s + 1) * 100 <= progress * steps.size();
                milestones.add(ids.next("milestone"), 0L, mentee.goals[g], steps.get(s), s + 1, done,
                        done ? cohort.startsOn.plusWeeks((long) (s + 1) * WEEKS / (steps.size() + 1)) : null);
            }
        }
    }

    private String goalStatus(boolean completed) {
        int roll = random.nextInt(100);
        if (completed) {
            return roll < 45 ? "ACHIEVED" : roll < 57 ? "PIVOTED" : roll < 62 ? "DROPPED" : roll < 72 ? "AT_RISK"
                    : "IN_PROGRESS";
        }
        return roll < 12 ? "ACHIEVED" : roll < 17 ? "PIVOTED" : roll < 27 ? "AT_RISK" : roll < 35 ? "NOT_STARTED"
                : "IN_PROGRESS";
    }

    private void topics(RowWriter topics, long enrollment) {
        Set<String> chosen = new HashSet<>();
        int count = 2 + random.nextInt(2);
        while (chosen.size() < count) {
            String topic = DemoCatalog.TOPICS.get(random.nextInt(DemoCatalog.TOPICS.size()));
            if (chosen.add(topic)) {
                topics.add(enrollment, topic);
            }
        }
    }

    /** A random person from {@code pool} not yet in this cohort. */
    private int draw(List<Integer> pool, Set<Integer> taken) {
        while (true) {
            int person = pool.get(random.nextInt(pool.size()));
            if (taken.add(person)) {
                return person;
            }
        }
    }

    /** The size of the {@code index}th cohort other than the large one, so that they add up to {@code total}. */
    private static int share(int total, int index) {
        int others = COHORTS - 1;
        int nth = index < LARGE_COHORT ? index : index - 1;
        return total / others + (nth < total % others ? 1 : 0);
    }
}
