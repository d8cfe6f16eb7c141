package com.upward.demo;

import com.upward.demo.DemoModel.CohortInfo;
import com.upward.demo.DemoModel.Enrollment;
import com.upward.demo.DemoModel.Pair;
import com.upward.demo.DemoModel.Person;
import com.upward.demo.Journey.CheckIn;
import com.upward.demo.Journey.Goal;
import com.upward.demo.Journey.GoalUpdate;
import com.upward.demo.Journey.Profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Plans a mentee's journey in memory: one check-in per cadence period (missed, late, on time, reviewed), goals with
 * an end state, and goal progress that rises over the check-ins, dips at setbacks and bounces back. The words of
 * each check-in come from {@link CheckInTexts}.
 */
final class JourneyPlanner {

    private final Random random;
    private final DemoTime time;
    private final CheckInTexts checkInTexts;
    private final Map<Person, Set<String>> usedGoalTitles = new HashMap<>();

    JourneyPlanner(Random random, DemoTime time, DemoTexts texts) {
        this.random = random;
        this.time = time;
        this.checkInTexts = new CheckInTexts(random, time, texts);
    }

    Journey plan(Enrollment mentee, List<Pair> pairs, Profile profile) {
        Journey journey = new Journey(mentee, pairs, profile);
        schedule(journey);
        decideStatuses(journey);
        planGoals(journey);
        fillSubmitted(journey);
        checkInTexts.fillDrafts(journey);
        finishGoals(journey);
        return journey;
    }

    // --- check-in schedule and statuses --------------------------------------------------------------------------

    /**
     * Every period of the cohort, as the app's schedule has it once a cohort starts. The periods after the coming
     * one are plainly DUE: nobody has touched them yet (and they draw no random numbers, so the story before today
     * does not depend on how long the cohort still runs).
     */
    private void schedule(Journey j) {
        CohortInfo cohort = j.mentee.cohort;
        boolean comingOnePlanned = false;
        for (int k = 1; ; k++) {
            LocalDate due = cohort.plusPeriods(cohort.startsOn, k);
            if (due.isAfter(cohort.endsOn)) {
                return;
            }
            CheckIn checkIn = new CheckIn();
            checkIn.period = k;
            checkIn.startsOn = cohort.plusPeriods(cohort.startsOn, k - 1);
            checkIn.dueOn = due;
            checkIn.pair = j.pairOn(checkIn.startsOn);
            if (comingOnePlanned) {
                checkIn.status = "DUE";
            }
            j.checkIns.add(checkIn);
            comingOnePlanned |= due.isAfter(time.today());
        }
    }

    private void decideStatuses(Journey j) {
        List<CheckIn> past = j.checkIns.stream().filter(c -> !c.dueOn.isAfter(time.today())).toList();
        int count = past.size();
        for (int i = 0; i < count; i++) {
            CheckIn c = past.get(i);
            boolean missed;
            boolean late;
            switch (j.profile) {
                case DRIFTING -> {
                    missed = i >= 3;
                    late = !missed && chance(10);
                }
                case SHOWCASE -> {
                    missed = count >= 4 && i == count - 3;
                    late = i == 1;
                    c.forceSetback = late;
                    c.noReview = i == count - 1;
                    c.forcedHelp = i == count - 2 ? "NORMAL" : null;
                }
                case URGENT -> {
                    boolean last = i == count - 1;
                    missed = !last && chance(5);
                    late = !last && !missed && chance(10);
                    c.forcedHelp = last ? "URGENT" : null;
                    c.noReview = last;
                }
                case PATCHY -> {
                    missed = chance(22);
                    late = !missed && chance(28);
                }
                default -> {
                    missed = chance(5);
                    late = !missed && chance(10);
                }
            }
            if (missed) {
                c.status = "DUE";
            } else {
                submit(j, c, late, i == count - 1);
            }
        }
        for (CheckIn c : j.checkIns) {
            if (c.status == null) {
                c.status = j.profile == Profile.SHOWCASE || chance(40) ? "DRAFT" : "DUE";
            }
        }
    }

    private void submit(Journey j, CheckIn c, boolean late, boolean mostRecent) {
        ZoneId zone = j.mentee.person.location.zone;
        LocalDate day = late ? c.dueOn.plusDays(3 + random.nextInt(7)) : c.dueOn.minusDays(random.nextInt(5));
        if (c.forcedHelp != null || c.noReview) {
            day = min(day, time.today().minusDays(1));
        }
        day = max(day, c.startsOn.plusDays(1));
        Instant at = day.atTime(8 + random.nextInt(13), random.nextInt(60)).atZone(zone).toInstant();
        if (!time.isPast(at)) {
            c.status = "DRAFT";
            return;
        }
        c.status = "SUBMITTED";
        c.submittedAt = at;
        c.late = late;
        int reviewChance = c.noReview ? 0 : j.profile == Profile.SHOWCASE ? 100 : mostRecent ? 35 : 78;
        if (chance(reviewChance)) {
            ZoneId mentorZone = c.pair.mentor.person.location.zone;
            LocalDate reviewDay = LocalDate.ofInstant(at, mentorZone).plusDays(1 + random.nextInt(3));
            Instant reviewed = reviewDay.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(mentorZone)
                    .toInstant();
            if (time.isPast(reviewed)) {
                c.status = "REVIEWED";
                c.reviewedAt = reviewed;
            }
        }
    }

    // --- goals ----------------------------------------------------------------------------------------------------

    private void planGoals(Journey j) {
        int n = j.submitted().size();
        int count = j.profile == Profile.SHOWCASE ? 3 : 2 + random.nextInt(2);
        List<String> types = new ArrayList<>(List.of("LEARNING", "OUTCOME"));
        if (count == 3) {
            types.add(random.nextBoolean() ? "LEARNING" : "OUTCOME");
        }
        ZoneId zone = j.mentee.person.location.zone;
        for (int g = 0; g < count; g++) {
            Goal goal = newGoal(j, types.get(g), 0,
                    time.at(j.mentee.cohort.startsOn.plusDays(random.nextInt(5)), 10, random.nextInt(60), zone));
            goal.plannedStatus = plannedStatus(j, g);
            place(j, goal, n);
            if ("PIVOTED".equals(goal.plannedStatus)) {
                Instant pivotedAt = j.submitted().get(goal.closeIndex).submittedAt.plusSeconds(3600);
                Goal replacement = newGoal(j, goal.type, goal.closeIndex + 1, time.notAfterNow(pivotedAt));
                replacement.whyItMatters = "Replaces \"" + goal.template.title() + "\" after a setback. "
                        + replacement.whyItMatters;
                replacement.plannedStatus = j.cohortCompleted() && chance(60) ? "ACHIEVED" : "IN_PROGRESS";
                place(j, replacement, n);
                goal.replacedBy = replacement;
            }
        }
    }

    private Goal newGoal(Journey j, String type, int firstIndex, Instant createdAt) {
        Goal goal = new Goal();
        goal.type = type;
        goal.template = DemoGoalTemplates.pick(type, j.mentee.person.department.name(),
                usedGoalTitles.computeIfAbsent(j.mentee.person, p -> new HashSet<>()), random);
        goal.whyItMatters = goal.template.why();
        goal.firstIndex = firstIndex;
        goal.createdAt = createdAt;
        goal.targetDate = j.mentee.cohort.endsOn.minusDays(random.nextInt(firstIndex == 0 ? 21 : 11));
        j.goals.add(goal);
        return goal;
    }

    private String plannedStatus(Journey j, int index) {
        if (j.profile == Profile.SHOWCASE) {
            return List.of("IN_PROGRESS", "PIVOTED", "ACHIEVED").get(index);
        }
        if (j.profile == Profile.DRIFTING) {
            return "AT_RISK";
        }
        int roll = random.nextInt(100);
        if (j.cohortCompleted()) {
            return roll < 62 ? "ACHIEVED" : roll < 77 ? "PIVOTED" : roll < 87 ? "DROPPED" : "IN_PROGRESS";
        }
        return roll < 55 ? "IN_PROGRESS" : roll < 70 ? "AT_RISK" : roll < 82 ? "NOT_STARTED"
                : roll < 92 ? "ACHIEVED" : "PIVOTED";
    }

    /** Decides when a goal closes and where its progress heads; downgrades plans the check-ins cannot carry. */
    private void place(Journey j, Goal goal, int n) {
        int first = goal.firstIndex;
        int last = n - 1;
        switch (goal.plannedStatus) {
            case "ACHIEVED" -> {
                if (last < first) {
                    downgrade(j, goal, n);
                    return;
                }
                goal.closeIndex = j.cohortCompleted() ? between(Math.max(first, n / 2), last)
                        : Math.max(first, last - random.nextInt(2));
                goal.plannedProgress = 100;
            }
            case "PIVOTED" -> {
                if (last - first < 2) {
                    downgrade(j, goal, n);
                    return;
                }
                goal.closeIndex = between(first + 1, last - 1);
                goal.plannedProgress = between(25, 50);
            }
            case "DROPPED" -> {
                if (last - first < 1) {
                    downgrade(j, goal, n);
                    return;
                }
                goal.closeIndex = between(Math.max(first + 1, n / 2), last);
                goal.plannedProgress = between(10, 35);
            }
            case "IN_PROGRESS" -> goal.plannedProgress = j.cohortCompleted() ? between(60, 90)
                    : Math.clamp(Math.round(elapsed(j) * 100 * (0.7 + 0.5 * random.nextDouble())), 15, 85);
            case "AT_RISK" -> goal.plannedProgress = between(10, 35);
            default -> goal.plannedProgress = 0;
        }
    }

    private void downgrade(Journey j, Goal goal, int n) {
        goal.plannedStatus = j.cohortCompleted() ? "IN_PROGRESS" : "AT_RISK";
        place(j, goal, n);
    }

    // --- submitted check-ins: goal updates and texts --------------------------------------------------------------

    private void fillSubmitted(Journey j) {
        List<CheckIn> submitted = j.submitted();
        int n = submitted.size();
        for (int i = 0; i < n; i++) {
            final int index = i;
            CheckIn c = submitted.get(i);
            List<Goal> open = j.goals.stream().filter(g -> g.openAt(index)).toList();
            List<Goal> setbackGoals = new ArrayList<>(open.stream().filter(g -> g.closesAt(index)
                    && ("PIVOTED".equals(g.plannedStatus) || "DROPPED".equals(g.plannedStatus))).toList());
            boolean drifting = j.profile == Profile.DRIFTING && i == n - 1;
            if (setbackGoals.isEmpty() && (c.forceSetback || drifting || chance(42))) {
                List<Goal> candidates = open.stream()
                        .filter(g -> !(g.closesAt(index) && "ACHIEVED".equals(g.plannedStatus))).toList();
                if (!candidates.isEmpty()) {
                    setbackGoals.add(candidates.get(random.nextInt(candidates.size())));
                    Goal second = candidates.get(random.nextInt(candidates.size()));
                    if (chance(20) && !setbackGoals.contains(second)) {
                        setbackGoals.add(second);
                    }
                }
            }
            for (Goal goal : open) {
                c.updates.add(update(goal, i, n, setbackGoals.contains(goal), c));
            }
            checkInTexts.fill(j, c, setbackGoals, i, n);
        }
    }

    private GoalUpdate update(Goal goal, int index, int n, boolean setback, CheckIn c) {
        int last = goal.closeIndex != null ? goal.closeIndex : n - 1;
        int remaining = last - index;
        int progress = goal.progress;
        String status;
        if (goal.closesAt(index)) {
            status = goal.plannedStatus;
            progress = "ACHIEVED".equals(status) ? 100 : progress;
        } else if ("NOT_STARTED".equals(goal.plannedStatus)) {
            status = "NOT_STARTED";
        } else if (setback) {
            progress = Math.max(0, progress - random.nextInt(6));
            status = chance(50) ? "AT_RISK" : "IN_PROGRESS";
        } else {
            int target = "ACHIEVED".equals(goal.plannedStatus) ? 95 : goal.plannedProgress;
            if (remaining == 0) {
                progress = Math.max(progress, target);
            } else if (target > progress) {
                double step = (target - progress) / (remaining + 1.0) * (0.7 + 0.6 * random.nextDouble());
                progress = Math.min(95, progress + Math.max(1, (int) Math.round(step)));
            }
            status = progress == 0 ? "NOT_STARTED" : "IN_PROGRESS";
        }
        if ("AT_RISK".equals(goal.plannedStatus) && index >= last - 1 && !goal.closesAt(index)) {
            status = "AT_RISK";
        }
        goal.progress = progress;
        goal.status = status;
        goal.updatedAt = c.submittedAt;
        return new GoalUpdate(goal, progress, status, setback);
    }

    /** Goals without updates keep their initial state; milestones are ticked off in line with progress. */
    private void finishGoals(Journey j) {
        ZoneId zone = j.mentee.person.location.zone;
        for (Goal goal : j.goals) {
            if (goal.updatedAt == null) {
                goal.updatedAt = goal.createdAt;
            }
            goal.milestoneCount = Math.min(goal.template.milestones().size(), 3 + random.nextInt(3));
            int done = "ACHIEVED".equals(goal.status) ? goal.milestoneCount
                    : goal.progress * goal.milestoneCount / 100;
            LocalDate from = LocalDate.ofInstant(goal.createdAt, zone);
            long span = Math.max(0, ChronoUnit.DAYS.between(from, LocalDate.ofInstant(goal.updatedAt, zone)));
            for (int m = 1; m <= done; m++) {
                goal.milestonesDone.add(from.plusDays(span * m / done));
            }
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------------


    private double elapsed(Journey j) {
        CohortInfo c = j.mentee.cohort;
        double total = ChronoUnit.DAYS.between(c.startsOn, c.endsOn);
        return Math.clamp(ChronoUnit.DAYS.between(c.startsOn, time.today()) / total, 0.0, 1.0);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
