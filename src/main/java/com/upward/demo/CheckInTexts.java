package com.upward.demo;

import com.upward.demo.Journey.CheckIn;
import com.upward.demo.Journey.Goal;
import com.upward.demo.Journey.Profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/** Writes the words of a check-in: wins, setbacks and lessons, next steps, help requests, meeting notes, feedback. */
final class CheckInTexts {

    private static final int[] MEETING_MINUTES = {30, 45, 45, 60, 60, 90};

    private final Random random;
    private final DemoTime time;
    private final DemoTexts texts;

    CheckInTexts(Random random, DemoTime time, DemoTexts texts) {
        this.random = random;
        this.time = time;
        this.texts = texts;
    }

    /** The texts, help request, confidence and meeting of a submitted check-in; feedback if it was reviewed. */
    void fill(Journey j, CheckIn c, List<Goal> setbackGoals, int index, int n) {
        c.wins = chance(90) ? (chance(25) ? texts.win() + " " + texts.win() : texts.win()) : null;
        boolean hadSetback = !setbackGoals.isEmpty();
        if (hadSetback) {
            DemoTexts.SetbackLesson setback = texts.setback();
            c.setbacks = setback.setback();
            Goal pivoted = closing(setbackGoals, index, "PIVOTED");
            Goal dropped = closing(setbackGoals, index, "DROPPED");
            if (pivoted != null || dropped != null || c.forceSetback || chance(80)) {
                StringBuilder lesson = new StringBuilder(setback.lesson());
                if (pivoted != null) {
                    lesson.append(" So we replaced \"").append(pivoted.template.title())
                            .append("\" with a sharper goal: \"").append(pivoted.replacedBy.template.title()).append("\".");
                }
                if (dropped != null) {
                    lesson.append(" I am dropping \"").append(dropped.template.title())
                            .append("\" — it no longer fits this half's priorities.");
                }
                c.lessons = lesson.toString();
            }
        } else if (chance(30)) {
            c.lessons = texts.winLesson();
        }
        c.nextSteps = chance(90) ? texts.nextStep() : null;
        writeHelp(j, c);
        int base = j.profile == Profile.DRIFTING ? 2 : 3;
        c.confidence = Math.clamp(base + Math.round(2.0f * index / Math.max(1, n - 1)) - (hadSetback ? 1 : 0)
                + random.nextInt(3) - 1, 1, 5);
        int meeting = random.nextInt(100);
        if (meeting < 72) {
            ZoneId zone = j.mentee.person.location.zone;
            LocalDate latest = min(LocalDate.ofInstant(c.submittedAt, zone), c.dueOn);
            int span = (int) Math.max(0, ChronoUnit.DAYS.between(c.startsOn, latest));
            c.meetingHeld = true;
            c.meetingOn = c.startsOn.plusDays(random.nextInt(span + 1));
            c.meetingMinutes = MEETING_MINUTES[random.nextInt(MEETING_MINUTES.length)];
        } else if (meeting < 85) {
            c.meetingHeld = false;
        }
        c.privateNotes = chance(10) ? texts.privateNote() : null;
        if (c.reviewedAt != null) {
            c.feedback = texts.feedback(j.mentee.person.firstName, hadSetback, c.helpRequested);
        }
    }

    private void writeHelp(Journey j, CheckIn c) {
        if (c.forcedHelp != null) {
            c.helpRequested = true;
            c.helpUrgency = c.forcedHelp;
            c.supportNeeded = "URGENT".equals(c.forcedHelp) ? texts.urgentSupport() : texts.support();
        } else if (chance(15)) {
            c.supportNeeded = texts.support();
            if (chance(65)) {
                c.helpRequested = true;
                c.helpUrgency = "NORMAL";
                if (!j.cohortCompleted() && c.reviewedAt != null && chance(25)) {
                    c.helpUrgency = "URGENT";
                    c.supportNeeded = texts.urgentSupport();
                }
            }
        }
        if (c.helpRequested && c.reviewedAt != null) {
            c.helpAcknowledgedAt = c.reviewedAt;
        }
    }

    /** Drafts: the mentee has started the form (a win, maybe next steps) but not submitted it. */
    void fillDrafts(Journey j) {
        for (CheckIn c : j.checkIns) {
            if ("DRAFT".equals(c.status)) {
                c.wins = texts.win();
                c.nextSteps = chance(50) ? texts.nextStep() : null;
                Instant started = c.startsOn.atStartOfDay(j.mentee.person.location.zone).toInstant();
                Instant drafted = time.now().minusSeconds(3600L * (2 + random.nextInt(40)));
                c.draftedAt = drafted.isBefore(started) ? time.notAfterNow(started.plusSeconds(3600)) : drafted;
            }
        }
    }

    private static Goal closing(List<Goal> goals, int index, String status) {
        return goals.stream().filter(g -> g.closesAt(index) && status.equals(g.plannedStatus)).findFirst()
                .orElse(null);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
