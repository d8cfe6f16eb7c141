package com.upward.demo;

import com.upward.demo.LargeCohorts.Cohort;
import com.upward.demo.LargeCohorts.Mentee;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Weekly check-ins of every paired mentee up to the current period (submitted, reviewed with mentor feedback,
 * drafts, missed ones), with wins, setbacks, lessons and next steps from {@link DemoTexts}, one goal update per
 * submitted check-in, and the growth and closing surveys of completed and active cohorts.
 */
final class LargeCheckIns {

    private static final int[] NPS = {10, 10, 9, 9, 9, 9, 8, 8, 7, 10, 6, 9, 5, 8};
    private static final int[] MINUTES = {30, 45, 45, 60, 60, 90};

    private final LargeDirectory people;
    private final LargeDataSet.Ids ids;
    private final Random random;
    private final DemoTexts texts;

    LargeCheckIns(LargeDataSet.Source source) {
        this.people = source.people();
        this.ids = source.ids();
        this.random = source.random();
        this.texts = source.texts();
    }

    void insert(Connection connection, Map<String, Integer> counts, List<Cohort> cohorts, LocalDate today) {
        try (var checkIns = new RowWriter(connection, counts, "check_in", "id", "version", "enrollment_id",
                "assignment_id", "period_number", "period_starts_on", "due_on", "status", "submitted_at",
                "reviewed_at", "meeting_held", "meeting_on", "meeting_minutes", "wins", "setbacks", "lessons",
                "next_steps", "support_needed", "help_requested", "help_urgency", "help_acknowledged_at",
                "confidence", "private_notes", "created_at", "updated_at");
             var updates = new RowWriter(connection, counts, "check_in_goal_update", "id", "check_in_id", "goal_id",
                     "progress", "status", "setback").after(checkIns);
             var feedback = new RowWriter(connection, counts, "mentor_feedback", "id", "version", "check_in_id",
                     "author_id", "body", "help_acknowledged", "created_at", "updated_at").after(checkIns)) {
            for (Cohort cohort : cohorts) {
                for (Mentee mentee : cohort.mentees) {
                    if (mentee.paired) {
                        checkIns(checkIns, updates, feedback, cohort, mentee, today);
                    }
                }
            }
        }
        surveys(connection, counts, cohorts);
    }

    private void checkIns(RowWriter checkIns, RowWriter updates, RowWriter feedback, Cohort cohort, Mentee mentee,
                          LocalDate today) {
        int periods = LargeCohorts.WEEKS;
        for (int p = 1; p <= periods; p++) {
            LocalDate due = cohort.startsOn.plusWeeks(p);
            if (due.minusWeeks(1).isAfter(today)) {
                break;  // periods that have not started yet get their check-in later
            }
            long id = ids.next("check_in");
            Instant created = due.minusWeeks(1).atTime(6, 0).toInstant(ZoneOffset.UTC);
            boolean current = !due.isBefore(today);
            int roll = random.nextInt(100);
            String status = current ? (roll < 30 ? "DRAFT" : "DUE")
                    : roll < mentee.engagement ? (random.nextBoolean() ? "REVIEWED" : "SUBMITTED")
                    : roll < mentee.engagement + 3 ? "DRAFT" : "DUE";
            if (status.equals("DUE")) {
                checkIns.add(id, 0L, mentee.enrollment, mentee.pair, p, due.minusWeeks(1), due, status, null, null,
                        null, null, null, null, null, null, null, null, false, null, null, null, null, created,
                        created);
                continue;
            }
            boolean submitted = !status.equals("DRAFT");
            boolean reviewed = status.equals("REVIEWED");
            Instant submittedAt = due.plusDays(random.nextInt(6) - 3L).atTime(8 + random.nextInt(10), random.nextInt(60))
                    .toInstant(ZoneOffset.UTC);
            Instant reviewedAt = submittedAt.plusSeconds(86_400L + random.nextInt(86_400));
            boolean setback = random.nextInt(100) < 35;
            DemoTexts.SetbackLesson sl = setback ? texts.setback() : null;
            String lesson = setback ? (random.nextInt(100) < 85 ? sl.lesson() : null)
                    : random.nextBoolean() ? texts.winLesson() : null;
            boolean help = random.nextInt(100) < 6;
            boolean urgent = help && random.nextInt(4) == 0;
            boolean meeting = random.nextInt(100) < 75;
            checkIns.add(id, 0L, mentee.enrollment, mentee.pair, p, due.minusWeeks(1), due, status,
                    submitted ? submittedAt : null, reviewed ? reviewedAt : null, meeting,
                    meeting ? due.minusDays(random.nextInt(5)) : null, meeting ? MINUTES[random.nextInt(6)] : null,
                    texts.win(), setback ? sl.setback() : null, lesson,
                    random.nextInt(100) < 75 ? texts.nextStep() : null,
                    help ? (urgent ? texts.urgentSupport() : texts.support()) : null, help,
                    help ? (urgent ? "URGENT" : "NORMAL") : null, help && reviewed ? reviewedAt : null,
                    1 + random.nextInt(5), random.nextInt(100) < 8 ? texts.privateNote() : null, created,
                    submitted ? submittedAt : created);
            if (submitted) {
                int g = p % mentee.goals.length;
                boolean last = p == periods;
                updates.add(ids.next("check_in_goal_update"), id, mentee.goals[g],
                        Math.min(100, mentee.finalProgress[g] * p / periods), last ? mentee.finalStatus[g]
                                : "IN_PROGRESS", setback);
            }
            if (reviewed) {
                feedback.add(ids.next("mentor_feedback"), 0L, id, people.id[mentee.mentor],
                        texts.feedback(people.firstName[mentee.person], setback, help), help, reviewedAt, reviewedAt);
            }
        }
    }

    private void surveys(Connection connection, Map<String, Integer> counts, List<Cohort> cohorts) {
        try (var surveys = new RowWriter(connection, counts, "survey", "id", "version", "cohort_id", "kind", "title",
                "opens_on", "closes_on");
             var questions = new RowWriter(connection, counts, "survey_question", "id", "survey_id", "position",
                     "code", "text", "scale_min", "scale_max").after(surveys);
             var responses = new RowWriter(connection, counts, "survey_response", "id", "survey_id",
                     "enrollment_id", "submitted_at").after(surveys);
             var answers = new RowWriter(connection, counts, "survey_answer", "id", "response_id", "question_id",
                     "answer").after(responses, questions)) {
            for (Cohort cohort : cohorts) {
                if (cohort.status.equals("ENROLLING")) {
                    continue;
                }
                List<Mentee> paired = cohort.mentees.stream().filter(m -> m.paired).toList();
                boolean completed = cohort.status.equals("COMPLETED");
                List<String> kinds = completed ? List.of("GROWTH_START", "GROWTH_END", "CLOSING")
                        : List.of("GROWTH_START");
                for (String kind : kinds) {
                    LocalDate opens = kind.equals("GROWTH_START") ? cohort.startsOn : cohort.endsOn.minusDays(7);
                    long survey = ids.next("survey");
                    surveys.add(survey, 0L, cohort.id, kind, kind.equals("CLOSING") ? "Closing survey"
                            : "Growth self-assessment: " + (kind.equals("GROWTH_START") ? "start" : "end"), opens,
                            opens.plusDays(21));
                    List<Long> qs = new ArrayList<>();
                    List<Long> enrollments = new ArrayList<>(paired.stream().map(m -> m.enrollment).toList());
                    if (kind.equals("CLOSING")) {
                        qs.add(question(questions, survey, 1, "nps",
                                "How likely are you to recommend this program to a colleague?", 0, 10));
                        qs.add(question(questions, survey, 2, "relationship",
                                "How would you rate your mentoring relationship?", 1, 5));
                        cohort.mentors.forEach(m -> enrollments.add(m[0]));
                    } else {
                        for (int q = 0; q < DemoSurveys.GROWTH_STATEMENTS.size(); q++) {
                            qs.add(question(questions, survey, q + 1, "growth_" + (q + 1),
                                    DemoSurveys.GROWTH_STATEMENTS.get(q), 1, 5));
                        }
                    }
                    int trait = kind.equals("GROWTH_END") ? 1 : 0;  // end answers are a little higher on average
                    for (long enrollment : enrollments) {
                        if (random.nextInt(100) >= 82) {
                            continue;
                        }
                        long response = ids.next("survey_response");
                        responses.add(response, survey, enrollment, opens.plusDays(random.nextInt(14))
                                .atTime(9 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC));
                        for (int q = 0; q < qs.size(); q++) {
                            int answer = kind.equals("CLOSING") ? (q == 0 ? NPS[random.nextInt(NPS.length)]
                                    : 3 + random.nextInt(3)) : Math.clamp(2 + trait + random.nextInt(3), 1, 5);
                            answers.add(ids.next("survey_answer"), response, qs.get(q), answer);
                        }
                    }
                }
            }
        }
    }

    private long question(RowWriter questions, long survey, int position, String code, String text, int min,
                          int max) {
        long id = ids.next("survey_question");
        questions.add(id, survey, position, code, text, min, max);
        return id;
    }
}
