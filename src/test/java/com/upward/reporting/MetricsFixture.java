package com.upward.reporting;

import com.upward.testsupport.TestTime;
import com.upward.matching.AssignmentStatus;
import com.upward.program.Cadence;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A hand-built cohort whose metrics are worked out by hand in {@link MetricsFormulaTest}: 7 accepted mentees
 * (M1–M6 paired, M7 not), 2 mentors, 12 check-ins due in the period, 8 goals, the surveys; or, from
 * {@link #smallCells}, the small cohort of issue 21 (6 mentees, 3 mentors). Built inside the test's transaction.
 */
public final class MetricsFixture {

    static final LocalDate STARTS = LocalDate.of(2026, 1, 5);
    static final LocalDate ENDS = LocalDate.of(2026, 6, 26);
    static final LocalDate P1_DUE = LocalDate.of(2026, 1, 16);
    static final LocalDate P2_DUE = LocalDate.of(2026, 1, 30);

    public final long program;
    final long cohort;
    final Enrollment[] mentees = new Enrollment[8];
    final long[] pairs = new long[7];
    private final JdbcTemplate jdbc;
    private final ProgramTestData data;
    private final LocalDate starts;
    private final ReportScope scope;

    /** The cohort of {@code starts} to {@code ends}, without anybody in it yet. */
    private MetricsFixture(ProgramTestData data, JdbcTemplate jdbc, LocalDate starts, LocalDate ends,
                           LocalDate from, LocalDate to) {
        this.jdbc = jdbc;
        this.data = data;
        this.starts = starts;
        data.signIn("hr");
        program = data.program();
        scope = new ReportScope(program, null, from, to);
        LocalDate today = data.today();
        cohort = data.cohort(program, today.minusDays(1), today.plusDays(10), today.plusDays(30),
                today.plusDays(30 + 84), Cadence.BIWEEKLY);
        data.flushAndClear();
        jdbc.update("update cohort set status = 'ACTIVE', enrollment_opens_on = ?, enrollment_closes_on = ?,"
                + " starts_on = ?, ends_on = ? where id = ?", starts.minusDays(30), starts.minusDays(5), starts,
                ends, cohort);
    }

    public MetricsFixture(ProgramTestData data, JdbcTemplate jdbc) {
        this(data, jdbc, STARTS, ENDS, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        String[] departments = {null, "Sales", "Sales", "Sales", "Finance", "Finance", "Finance", "Sales"};
        for (int i = 1; i <= 7; i++) {
            mentees[i] = data.enrollment(cohort, data.employee(departments[i], 3), EnrollmentSide.MENTEE,
                    EnrollmentStatus.ACCEPTED);
        }
        data.enrollment(cohort, EnrollmentSide.MENTEE, EnrollmentStatus.APPLIED);
        Enrollment r1 = data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        Enrollment r2 = data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        for (int i = 1; i <= 6; i++) {
            Enrollment mentor = i <= 3 ? r1 : r2;
            pairs[i] = data.pair(mentor, mentees[i], i == 6 ? AssignmentStatus.ENDED : AssignmentStatus.ACTIVE)
                    .getId();
        }
        data.flushAndClear();
        jdbc.update("update mentor_assignment set starts_on = ? where cohort_id = ?", STARTS, cohort);

        // period 1 and 2 of M1..M6: status, submitted at, setback?, lesson?
        long m1p1 = checkIn(1, 1, "SUBMITTED", at(1, 17), true, true);
        long m1p2 = checkIn(1, 2, "REVIEWED", at(1, 30), false, false);
        long m2p1 = checkIn(2, 1, "SUBMITTED", at(1, 20), true, false);
        checkIn(2, 2, "DUE", null, false, false);
        long m3p1 = checkIn(3, 1, "SUBMITTED", LocalDateTime.of(2026, 1, 18, 23, 0), true, true);
        long m3p2 = checkIn(3, 2, "SUBMITTED", at(1, 31), false, false);
        long m4p1 = checkIn(4, 1, "DRAFT", null, true, true);
        checkIn(4, 2, "DUE", null, false, false);
        long m5p1 = checkIn(5, 1, "SUBMITTED", at(1, 16), true, true);
        long m5p2 = checkIn(5, 2, "SUBMITTED", at(2, 2), true, true);
        long m6p1 = checkIn(6, 1, "SUBMITTED", at(1, 18), true, false);
        checkIn(6, 2, "DUE", null, false, false);
        // outside the period: due in July
        insertCheckIn(1, 14, LocalDate.of(2026, 7, 10), "DUE", null, false, false);

        long g1 = goal(1, "LEARNING", "ACHIEVED", 100);
        long g2 = goal(1, "OUTCOME", "IN_PROGRESS", 10);
        long g3 = goal(2, "LEARNING", "PIVOTED", 20);
        long g4 = goal(3, "LEARNING", "ACHIEVED", 100);
        long g5 = goal(4, "LEARNING", "IN_PROGRESS", 15);
        long g6 = goal(5, "LEARNING", "IN_PROGRESS", 45);
        goal(5, "OUTCOME", "ACHIEVED", 100);
        long g8 = goal(6, "LEARNING", "DROPPED", 10);
        update(m1p1, g1, 30, true);
        update(m1p2, g1, 60, false);
        update(m1p1, g2, 10, false);
        update(m2p1, g3, 20, true);
        update(m3p1, g4, 40, true);
        update(m3p2, g4, 40, false);
        update(m4p1, g5, 15, true);
        update(m5p1, g6, 50, true);
        update(m5p2, g6, 45, true);
        update(m6p1, g8, 10, true);

        long start = survey("GROWTH_START");
        long end = survey("GROWTH_END");
        growth(start, 1, 2, 2, 2, 2, 2);
        growth(end, 1, 4, 4, 4, 4, 4);
        growth(start, 2, 3, 3, 3, 3, 3);
        growth(end, 2, 3, 3, 4, 4, 3);
        growth(start, 3, 2, 2, 2, 2, 2);
        growth(end, 3, 2, 2, 2, 2, 2);
        growth(start, 4, 1, 1, 1, 1, 1);
        growth(start, 5, 4, 4, 4, 4, 4);
        growth(end, 5, 3, 3, 3, 3, 3);
        growth(start, 6, 1, 1, 1, 1, 1);
        growth(end, 6, 2, 3, 3, 3, 2);

        long closing = survey("CLOSING");
        long nps = question(closing, 1, "nps", 0, 10);
        long relationship = question(closing, 2, "relationship", 1, 5);
        int[][] answers = {{10, 5}, {9, 4}, {9, 4}, {8, 3}, {6, 5}, {3, 5}};
        for (int i = 1; i <= 6; i++) {
            long response = response(closing, mentees[i].getId());
            answer(response, nps, answers[i - 1][0]);
            answer(response, relationship, answers[i - 1][1]);
        }
        long mentorResponse = response(closing, r1.getId());
        answer(mentorResponse, nps, 7);
        answer(mentorResponse, relationship, 2);
    }

    /** An ACTIVE cohort of a new program from {@code starts} to {@code ends} with nobody in it (issue 26's comparison). */
    public static MetricsFixture emptyCohort(ProgramTestData data, JdbcTemplate jdbc, LocalDate starts, LocalDate ends) {
        return new MetricsFixture(data, jdbc, starts, ends, starts.minusMonths(1), starts.plusMonths(1));
    }

    public long cohortId() {
        return cohort;
    }

    /**
     * The small cohort of issue 21: 6 accepted mentees (5 in Sales, 1 in Finance), 3 mentors, every mentee paired;
     * learning goals for 4 mentees and outcome goals for 2 (both types under 5 people); growth changes of 0 (1
     * mentee), +0.5 (2) and +1 (3); NPS answers from the mentees only: 3 promoters, 1 passive, 2 detractors. It runs
     * from five months ago to next month, so it is also on the executive home's last twelve months.
     */
    public static MetricsFixture smallCells(ProgramTestData data, JdbcTemplate jdbc) {
        LocalDate today = data.today();
        var f = new MetricsFixture(data, jdbc, today.minusMonths(5), today.plusMonths(1), today.minusYears(1), today);
        f.smallCohort();
        return f;
    }

    private void smallCohort() {
        Enrollment[] mentors = new Enrollment[3];
        for (int i = 0; i < 3; i++) {
            mentors[i] = data.enrollment(cohort, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        }
        for (int i = 1; i <= 6; i++) {
            mentees[i] = data.enrollment(cohort, data.employee(i == 6 ? "Finance" : "Sales", 3),
                    EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED);
            pairs[i] = data.pair(mentors[(i - 1) / 2], mentees[i], AssignmentStatus.ACTIVE).getId();
        }
        data.flushAndClear();
        jdbc.update("update mentor_assignment set starts_on = ? where cohort_id = ?", starts, cohort);
        for (int i = 1; i <= 4; i++) {
            goal(i, "LEARNING", i <= 2 ? "ACHIEVED" : "IN_PROGRESS", i <= 2 ? 100 : 40);
        }
        goal(5, "OUTCOME", "ACHIEVED", 100);
        goal(6, "OUTCOME", "PIVOTED", 30);
        long start = survey("GROWTH_START");
        long end = survey("GROWTH_END");
        growth(start, 1, 2, 2, 2, 2, 2);
        growth(end, 1, 2, 2, 2, 2, 2);
        for (int i = 2; i <= 6; i++) {
            growth(start, i, 2, 2, 2, 2, 2);
            if (i <= 3) {
                growth(end, i, 3, 3, 3, 2, 2);
            } else {
                growth(end, i, 3, 3, 3, 3, 3);
            }
        }
        long closing = survey("CLOSING");
        long nps = question(closing, 1, "nps", 0, 10);
        long relationship = question(closing, 2, "relationship", 1, 5);
        int[] scores = {0, 10, 10, 9, 8, 5, 3};
        for (int i = 1; i <= 6; i++) {
            long response = response(closing, mentees[i].getId());
            answer(response, nps, scores[i]);
            answer(response, relationship, 4);
        }
    }

    /**
     * Adds a finished cohort of the same program in the six months before the fixture's period (1 Jul to 31 Dec
     * 2025), for the report's trends; worked out by hand in ProgramOutcomePdfTest. 6 mentees and 5 mentors, all
     * paired: 11 participants. 12 check-ins due (two per mentee, in August and September), 10 submitted: 83 %.
     * 5 of them record a setback, 2 of those a lesson: 40 %. One learning goal per mentee, 2 achieved: 33 %. No
     * growth surveys. NPS answers 10, 9, 9, 8, 6: 3 promoters, 1 detractor of 5 = +40.
     */
    public void previousPeriod() {
        long previous = data.cohort(program, data.today().minusDays(1), data.today().plusDays(10),
                data.today().plusDays(30), data.today().plusDays(30 + 84), Cadence.BIWEEKLY);
        data.flushAndClear();
        LocalDate starts = LocalDate.of(2025, 7, 7);
        jdbc.update("update cohort set status = 'COMPLETED', enrollment_opens_on = ?, enrollment_closes_on = ?,"
                + " starts_on = ?, ends_on = ? where id = ?", starts.minusDays(30), starts.minusDays(5), starts,
                LocalDate.of(2025, 12, 19), previous);
        Enrollment[] mentors = new Enrollment[5];
        for (int i = 0; i < 5; i++) {
            mentors[i] = data.enrollment(previous, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        }
        Enrollment[] mentees = new Enrollment[6];
        long[] pairs = new long[6];
        for (int i = 0; i < 6; i++) {
            mentees[i] = data.enrollment(previous, data.employee("Sales", 3), EnrollmentSide.MENTEE,
                    EnrollmentStatus.ACCEPTED);
            pairs[i] = data.pair(mentors[i % 5], mentees[i], AssignmentStatus.ENDED).getId();
        }
        data.flushAndClear();
        for (int i = 0; i < 6; i++) {
            long enrollment = mentees[i].getId();
            // mentees 0–4 submit both; mentee 5 neither; setbacks in period 1 of mentees 0–4, lessons for 0 and 1
            boolean submits = i < 5;
            insertCheckIn(enrollment, pairs[i], 1, LocalDate.of(2025, 8, 15), submits ? "SUBMITTED" : "DUE",
                    submits ? LocalDateTime.of(2025, 8, 15, 10, 0) : null, submits, i < 2);
            insertCheckIn(enrollment, pairs[i], 2, LocalDate.of(2025, 9, 12), submits ? "SUBMITTED" : "DUE",
                    submits ? LocalDateTime.of(2025, 9, 12, 10, 0) : null, false, false);
            jdbc.update("""
                    insert into goal (enrollment_id, goal_type, title, status, progress, created_at, updated_at)
                    values (?, 'LEARNING', 'Fixture goal', ?, ?, ?, ?)""", enrollment,
                    i < 2 ? "ACHIEVED" : "IN_PROGRESS", i < 2 ? 100 : 50, now(), now());
        }
        long closing = survey(previous, "CLOSING", starts);
        long nps = question(closing, 1, "nps", 0, 10);
        int[] scores = {10, 9, 9, 8, 6};
        for (int i = 0; i < 5; i++) {
            answer(response(closing, mentees[i].getId()), nps, scores[i]);
        }
    }

    static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 10, 0);
    }

    private long checkIn(int mentee, int period, String status, LocalDateTime submittedAt, boolean setback,
                         boolean lesson) {
        return insertCheckIn(mentee, period, period == 1 ? P1_DUE : P2_DUE, status, submittedAt, setback, lesson);
    }

    private long insertCheckIn(int mentee, int period, LocalDate dueOn, String status, LocalDateTime submittedAt,
                               boolean setback, boolean lesson) {
        return insertCheckIn(mentees[mentee].getId(), pairs[mentee], period, dueOn, status, submittedAt, setback,
                lesson);
    }

    private long insertCheckIn(long enrollment, long pair, int period, LocalDate dueOn, String status,
                               LocalDateTime submittedAt, boolean setback, boolean lesson) {
        jdbc.update("""
                insert into check_in (enrollment_id, assignment_id, period_number, period_starts_on, due_on, status,
                    submitted_at, setbacks, lessons, help_requested, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)""",
                enrollment, pair, period, dueOn.minusDays(11), dueOn, status, submittedAt,
                setback ? "The demo broke" : null, lesson ? "Rehearse with real data" : null, now(), now());
        return lastId("check_in");
    }

    private long goal(int mentee, String type, String status, int progress) {
        jdbc.update("""
                insert into goal (enrollment_id, goal_type, title, status, progress, created_at, updated_at)
                values (?, ?, 'Fixture goal', ?, ?, ?, ?)""",
                mentees[mentee].getId(), type, status, progress, now(), now());
        return lastId("goal");
    }

    private void update(long checkIn, long goal, int progress, boolean setback) {
        jdbc.update("insert into check_in_goal_update (check_in_id, goal_id, progress, status, setback)"
                + " values (?, ?, ?, 'IN_PROGRESS', ?)", checkIn, goal, progress, setback);
    }

    private long survey(String kind) {
        return survey(cohort, kind, starts);
    }

    private long survey(long cohort, String kind, LocalDate starts) {
        jdbc.update("insert into survey (cohort_id, kind, title, opens_on) values (?, ?, ?, ?)", cohort, kind,
                "Fixture " + kind, starts);
        return lastId("survey");
    }

    private long question(long survey, int position, String code, int min, int max) {
        jdbc.update("insert into survey_question (survey_id, position, code, text, scale_min, scale_max)"
                + " values (?, ?, ?, 'Fixture question', ?, ?)", survey, position, code, min, max);
        return lastId("survey_question");
    }

    private long response(long survey, long enrollment) {
        jdbc.update("insert into survey_response (survey_id, enrollment_id, submitted_at) values (?, ?, ?)",
                survey, enrollment, at(6, 20));
        return lastId("survey_response");
    }

    private void answer(long response, long question, int value) {
        jdbc.update("insert into survey_answer (response_id, question_id, answer) values (?, ?, ?)", response,
                question, value);
    }

    private void growth(long survey, int mentee, int... answers) {
        List<Long> questions = jdbc.queryForList("select id from survey_question where survey_id = ? order by position",
                Long.class, survey);
        if (questions.isEmpty()) {
            for (int i = 1; i <= 5; i++) {
                question(survey, i, "growth_" + i, 1, 5);
            }
            questions = jdbc.queryForList("select id from survey_question where survey_id = ? order by position",
                    Long.class, survey);
        }
        long response = response(survey, mentees[mentee].getId());
        for (int i = 0; i < answers.length; i++) {
            answer(response, questions.get(i), answers[i]);
        }
    }

    private long lastId(String table) {
        return jdbc.queryForObject("select max(id) from " + table, Long.class);
    }

    public ReportScope scope() {
        return scope;
    }

    private static java.time.LocalDateTime now() {
        return TestTime.utcNow();
    }
}
