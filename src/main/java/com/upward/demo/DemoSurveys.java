package com.upward.demo;

import com.upward.demo.DemoModel.CohortInfo;
import com.upward.demo.DemoModel.Enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Growth self-assessments at start and end (mentees) and the closing survey (NPS and relationship, both sides).
 * Cohort A has all three, answered; cohort B has the start assessment.
 */
final class DemoSurveys {

    static final List<String> GROWTH_STATEMENTS = List.of(
            "I see setbacks as a chance to learn.",
            "I talk openly about my mistakes with colleagues.",
            "I ask for help early when I am stuck.",
            "I set myself goals that stretch me.",
            "When my first approach fails, I try a different one.");

    private static final int[] NPS_ANSWERS = {10, 10, 9, 9, 9, 9, 8, 8, 7, 10, 6, 9, 5, 8};
    private static final int[] RELATIONSHIP_ANSWERS = {5, 5, 5, 4, 4, 4, 4, 3, 5, 4};

    private final JdbcInserter db;
    private final Random random;
    private final DemoTime time;
    /** A mentee's start answers, to base the end answers on. */
    private final Map<Enrollment, int[]> startAnswers = new LinkedHashMap<>();

    DemoSurveys(JdbcInserter db, Random random, DemoTime time) {
        this.db = db;
        this.random = random;
        this.time = time;
    }

    void create(DemoPrograms programs) {
        CohortInfo a = programs.a;
        List<Enrollment> menteesA = programs.participants(a, "MENTEE");
        growth(a, "GROWTH_START", a.startsOn, menteesA, 90);
        growth(a, "GROWTH_END", a.endsOn.minusDays(7), menteesA, 85);
        closing(a, menteesA, programs.participants(a, "MENTOR"));
        CohortInfo b = programs.b;
        growth(b, "GROWTH_START", b.startsOn, programs.participants(b, "MENTEE"), 90);
    }

    private void growth(CohortInfo cohort, String kind, LocalDate opensOn, List<Enrollment> mentees, int percent) {
        boolean start = kind.equals("GROWTH_START");
        long survey = survey(cohort, kind, start ? "Growth self-assessment: start" : "Growth self-assessment: end",
                opensOn, opensOn.plusDays(21));
        List<Long> questions = new ArrayList<>();
        for (int q = 0; q < GROWTH_STATEMENTS.size(); q++) {
            questions.add(question(survey, q + 1, "growth_" + (q + 1), GROWTH_STATEMENTS.get(q), 1, 5));
        }
        for (Enrollment mentee : mentees) {
            int[] before = startAnswers.get(mentee);
            if ((!start && before == null) || random.nextInt(100) >= percent) {
                continue;
            }
            int[] answers = new int[questions.size()];
            int trait = 2 + random.nextInt(3);
            for (int q = 0; q < answers.length; q++) {
                answers[q] = start ? Math.clamp(trait + random.nextInt(3) - 1, 1, 5)
                        : Math.clamp(before[q] + growth(), 1, 5);
            }
            if (start) {
                startAnswers.put(mentee, answers);
            }
            respond(survey, mentee, opensOn, questions, answers);
        }
    }

    /** How much one statement moved between start and end: +0.6 on average. */
    private int growth() {
        int roll = random.nextInt(100);
        return roll < 5 ? -1 : roll < 35 ? 0 : roll < 92 ? 1 : 2;
    }

    private void closing(CohortInfo cohort, List<Enrollment> mentees, List<Enrollment> mentors) {
        LocalDate opensOn = cohort.endsOn.minusDays(7);
        long survey = survey(cohort, "CLOSING", "Closing survey", opensOn, opensOn.plusDays(21));
        long nps = question(survey, 1, "nps", "How likely are you to recommend this program to a colleague?", 0, 10);
        long relationship = question(survey, 2, "relationship", "How would you rate your mentoring relationship?",
                1, 5);
        List<Enrollment> everyone = new ArrayList<>(mentees);
        everyone.addAll(mentors);
        for (Enrollment e : everyone) {
            if (random.nextInt(100) < (e.isMentor() ? 75 : 82)) {
                int[] answers = {NPS_ANSWERS[random.nextInt(NPS_ANSWERS.length)],
                    RELATIONSHIP_ANSWERS[random.nextInt(RELATIONSHIP_ANSWERS.length)]};
                respond(survey, e, opensOn, List.of(nps, relationship), answers);
            }
        }
    }

    private long survey(CohortInfo cohort, String kind, String title, LocalDate opensOn, LocalDate closesOn) {
        return db.insert("survey", JdbcInserter.row().set("version", 0L).set("cohort_id", cohort.id)
                .set("kind", kind).set("title", title).set("opens_on", opensOn).set("closes_on", closesOn));
    }

    private long question(long survey, int position, String code, String text, int min, int max) {
        return db.insert("survey_question", JdbcInserter.row().set("survey_id", survey).set("position", position)
                .set("code", code).set("text", text).set("scale_min", min).set("scale_max", max));
    }

    private void respond(long survey, Enrollment e, LocalDate opensOn, List<Long> questions, int[] answers) {
        Instant at = time.at(opensOn.plusDays(random.nextInt(14)), 9 + random.nextInt(10), random.nextInt(60),
                e.person.location.zone);
        long response = db.insert("survey_response", JdbcInserter.row().set("survey_id", survey)
                .set("enrollment_id", e.id).set("submitted_at", at));
        List<JdbcInserter.Row> rows = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            rows.add(JdbcInserter.row().set("response_id", response).set("question_id", questions.get(q))
                    .set("answer", answers[q]));
        }
        db.batch("survey_answer", rows);
    }
}
