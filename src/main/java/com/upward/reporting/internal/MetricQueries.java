package com.upward.reporting.internal;

import com.upward.base.ReadModel;
import com.upward.reporting.GoalAchievement;
import com.upward.reporting.Mean;
import com.upward.reporting.MentorLoad;
import com.upward.reporting.Nps;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.Ratio;
import com.upward.reporting.ReportScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PRODUCT.md's outcome metrics as SQL aggregates, grouped by program or by cohort: each query returns one row of
 * counts per group, never the rows it counts, so a page with many programs or cohorts runs the same statements as
 * one with a single one. Submitted means SUBMITTED or REVIEWED; accepted enrollments are ACCEPTED or (after the
 * cohort) COMPLETED.
 */
@ReadModel("the program metrics aggregate enrollments, pairs, check-ins, goals and surveys in SQL")
@Component
public class MetricQueries {

    /** What the figures are grouped by; {@code co} is the cohort joined in every query. */
    public enum Grouping {
        PROGRAM("co.program_id"), COHORT("co.id");

        final String key;

        Grouping(String key) {
            this.key = key;
        }
    }

    /**
     * The cohorts counted: of one program (or all), one cohort (or all), that run in the period; only the ACTIVE ones
     * when {@code :activeOnly}.
     */
    public static final String COHORTS = """
            select sc.id from cohort sc where (:program is null or sc.program_id = :program)
              and (:cohort is null or sc.id = :cohort) and sc.starts_on <= :to and sc.ends_on >= :from
              and sc.status not in ('DRAFT', 'CANCELLED') and (:activeOnly = false or sc.status = 'ACTIVE')""";
    static final String ACCEPTED = "('ACCEPTED', 'COMPLETED')";
    static final String SUBMITTED = "('SUBMITTED', 'REVIEWED')";

    private final NamedParameterJdbcTemplate jdbc;

    MetricQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static MapSqlParameterSource params(ReportScope scope, LocalDate today) {
        return params(scope.programId(), scope.cohortId(), scope.from(), scope.to(), today, false);
    }

    /** Check-ins count when due in the period and not after today. */
    public static MapSqlParameterSource params(Long program, Long cohort, LocalDate from, LocalDate to, LocalDate today,
                                        boolean activeOnly) {
        LocalDate dueUntil = to.isBefore(today) ? to : today;
        return new MapSqlParameterSource().addValue("program", program, Types.BIGINT)
                .addValue("cohort", cohort, Types.BIGINT).addValue("from", from).addValue("to", to)
                .addValue("dueUntil", dueUntil).addValue("activeOnly", activeOnly);
    }

    /** Fills the placeholders {key}, {cohorts}, {accepted} and {submitted} of a grouped query. */
    static String sql(Grouping g, String template) {
        return sql(g.key, template);
    }

    /** The same, grouped by any column expression (such as an employee attribute). */
    static String sql(String key, String template) {
        return template.replace("{key}", key).replace("{cohorts}", COHORTS).replace("{accepted}", ACCEPTED)
                .replace("{submitted}", SUBMITTED);
    }

    /** The metrics of each of {@code keys} (a program or cohort id per {@link Grouping}); a key without rows gets zeros. */
    public Map<Long, OutcomeMetrics> metrics(Grouping g, MapSqlParameterSource p, Collection<Long> keys,
                                      Map<Long, Long> atRiskPairs) {
        Map<Long, long[]> sides = grouped(sql(g, """
                select {key}, sum(case when e.side = 'MENTEE' then 1 else 0 end),
                       sum(case when e.side = 'MENTOR' then 1 else 0 end)
                from enrollment e join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and e.status in {accepted} group by {key}"""), p);
        Map<Long, long[]> matched = grouped(sql(g, """
                select {key}, sum(case when exists (select 1 from mentor_assignment a
                         where a.mentee_enrollment_id = e.id and a.status in ('ACTIVE', 'ENDED')) then 1 else 0 end),
                       count(*), count(*)
                from enrollment e join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and e.side = 'MENTEE' and e.status in {accepted} group by {key}"""), p);
        Map<Long, Ratio[]> completion = completionAndOnTime(g, p);
        Map<Long, long[]> learning = goals(g, p, "LEARNING");
        Map<Long, long[]> outcome = goals(g, p, "OUTCOME");
        Map<Long, long[]> failingForward = failingForward(g, p);
        Map<Long, long[]> bounceBack = bounceBack(g, p);
        Map<Long, Mean> growth = means(sql(g, "select k, avg(delta), count(*) from (" + growthDeltas(g)
                + ") deltas group by k"), p);
        Map<Long, long[]> nps = grouped(sql(g, """
                select {key}, sum(case when a.answer >= 9 then 1 else 0 end),
                       sum(case when a.answer between 7 and 8 then 1 else 0 end),
                       sum(case when a.answer <= 6 then 1 else 0 end)
                """ + closingAnswers("nps") + " group by {key}"), p);
        Map<Long, Mean> relationship = means(sql(g, "select {key}, avg(cast(a.answer as decimal(10, 4))), count(*) "
                + closingAnswers("relationship") + " group by {key}"), p);
        Map<Long, MentorLoad> load = mentorLoad(g, p);

        Map<Long, OutcomeMetrics> byKey = new LinkedHashMap<>();
        for (long key : keys) {
            long[] side = sides.getOrDefault(key, new long[2]);
            Ratio[] done = completion.getOrDefault(key, new Ratio[]{Ratio.NONE, Ratio.NONE});
            byKey.put(key, new OutcomeMetrics(side[0], side[1], ratio(matched.get(key)), done[0], done[1],
                    goalAchievement(learning.get(key)), goalAchievement(outcome.get(key)),
                    ratio(failingForward.get(key)), ratio(bounceBack.get(key)),
                    growth.getOrDefault(key, new Mean(null, 0)), nps(nps.get(key)),
                    relationship.getOrDefault(key, new Mean(null, 0)), atRiskPairs.getOrDefault(key, 0L),
                    load.getOrDefault(key, new MentorLoad(0, 0, 0, 0))));
        }
        return byKey;
    }

    /**
     * Completion: submitted ÷ check-ins due in the period so far; on time: submitted by the due date + 2 days ÷ the
     * same. One pass over the check-in index.
     */
    public Map<Long, Ratio[]> completionAndOnTime(Grouping g, MapSqlParameterSource p) {
        Map<Long, Ratio[]> byKey = new HashMap<>();
        grouped(sql(g, """
                select {key}, sum(case when ci.status in {submitted} then 1 else 0 end),
                       sum(case when ci.status in {submitted} and ci.submitted_at < ci.due_on + interval '3' day
                                then 1 else 0 end),
                       count(*), count(distinct ci.enrollment_id)
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and ci.due_on between :from and :dueUntil group by {key}"""), p)
                .forEach((key, row) -> byKey.put(key, new Ratio[]{new Ratio(row[0], row[2], row[3]),
                        new Ratio(row[1], row[2], row[3])}));
        return byKey;
    }

    /** Achieved, all, people, pivoted. */
    private Map<Long, long[]> goals(Grouping g, MapSqlParameterSource p, String type) {
        return grouped(sql(g, """
                select {key}, sum(case when g.status = 'ACHIEVED' then 1 else 0 end), count(*),
                       count(distinct g.enrollment_id), sum(case when g.status = 'PIVOTED' then 1 else 0 end)
                from goal g join enrollment e on e.id = g.enrollment_id join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and g.goal_type = :type group by {key}"""),
                new MapSqlParameterSource(p.getValues()).addValue("type", type));
    }

    /**
     * Submitted check-ins with a setback and a lesson ÷ submitted check-ins with a setback, from the generated flags
     * of V9 (the index answers it without reading the texts).
     */
    private Map<Long, long[]> failingForward(Grouping g, MapSqlParameterSource p) {
        return grouped(sql(g, """
                select {key}, sum(case when ci.has_lesson = true then 1 else 0 end), count(*),
                       count(distinct ci.enrollment_id)
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and ci.due_on between :from and :dueUntil and ci.status in {submitted}
                  and ci.has_setback = true group by {key}"""), p);
    }

    /**
     * Goals that had a setback in a submitted check-in and later gained progress over that check-in's value (in a
     * later submitted check-in) or became ACHIEVED/PIVOTED ÷ goals that had a setback.
     */
    private Map<Long, long[]> bounceBack(Grouping g, MapSqlParameterSource p) {
        return grouped(sql(g, """
                select k, sum(bounced), count(*), count(distinct enrollment_id) from (
                  select {key} as k, g.id, g.enrollment_id,
                         max(case when g.status in ('ACHIEVED', 'PIVOTED') or exists (
                               select 1 from check_in_goal_update later join check_in lc on lc.id = later.check_in_id
                               where later.goal_id = g.id and lc.period_number > ci.period_number
                                 and lc.status in {submitted} and later.progress > u.progress) then 1 else 0 end)
                           as bounced
                  from goal g join enrollment e on e.id = g.enrollment_id join cohort co on co.id = e.cohort_id
                  join check_in_goal_update u on u.goal_id = g.id join check_in ci on ci.id = u.check_in_id
                  where co.id in ({cohorts}) and u.setback = true and ci.status in {submitted}
                  group by {key}, g.id, g.enrollment_id) setback_goals group by k"""), p);
    }

    /**
     * One growth self-assessment score (the mean of its answers) per mentee and survey kind, with its group key and
     * when it was answered.
     */
    static String growthScores(String kind) {
        return """
                select {key} as k, r.enrollment_id, avg(cast(a.answer as decimal(10, 4))) as score,
                       max(r.submitted_at) as answered
                from survey_response r join survey s on s.id = r.survey_id join cohort co on co.id = s.cohort_id
                join survey_answer a on a.response_id = r.id
                where s.kind = '%s' and s.cohort_id in ({cohorts}) group by {key}, r.enrollment_id""".formatted(kind);
    }

    /** Each mentee's growth delta (end score − start score) as {@code delta}, with the group key {@code k}. */
    static String growthDeltas(Grouping g) {
        return sql(g, "select start.k, (finish.score - start.score) as delta from (" + growthScores("GROWTH_START")
                + ") start join (" + growthScores("GROWTH_END")
                + ") finish on finish.enrollment_id = start.enrollment_id");
    }

    /** Answers to one closing-survey question of the counted cohorts. */
    private static String closingAnswers(String code) {
        return """
                from survey_answer a join survey_question q on q.id = a.question_id
                join survey s on s.id = q.survey_id join cohort co on co.id = s.cohort_id
                where s.kind = 'CLOSING' and q.code = '%s' and s.cohort_id in ({cohorts})""".formatted(code);
    }

    /** Accepted mentors of the counted ACTIVE cohorts and their ACTIVE pairs. */
    private Map<Long, MentorLoad> mentorLoad(Grouping g, MapSqlParameterSource p) {
        Map<Long, MentorLoad> byKey = new HashMap<>();
        jdbc.query(sql(g, """
                select k, count(*), sum(pairs), max(pairs), max(capacity) from (
                  select {key} as k, mo.id, co.max_mentees_per_mentor as capacity,
                         (select count(*) from mentor_assignment a where a.mentor_enrollment_id = mo.id
                            and a.status = 'ACTIVE') as pairs
                  from enrollment mo join cohort co on co.id = mo.cohort_id
                  where mo.cohort_id in ({cohorts}) and co.status = 'ACTIVE' and mo.side = 'MENTOR'
                    and mo.status = 'ACCEPTED') mentors group by k"""), p, rs -> {
            byKey.put(rs.getLong(1), new MentorLoad(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5)));
        });
        return byKey;
    }

    private Map<Long, Mean> means(String sql, MapSqlParameterSource p) {
        Map<Long, Mean> byKey = new HashMap<>();
        jdbc.query(sql, p, rs -> {
            byKey.put(rs.getLong(1), new Mean(nullableDouble(rs, 2), rs.getLong(3)));
        });
        return byKey;
    }

    /** The first column is the group key, the others counts. */
    private Map<Long, long[]> grouped(String sql, MapSqlParameterSource p) {
        Map<Long, long[]> byKey = new HashMap<>();
        jdbc.query(sql, p, rs -> {
            byKey.put(rs.getLong(1), counts(rs));
        });
        return byKey;
    }

    /** The counts of a grouped row: every column after the first, the group's key. */
    static long[] counts(ResultSet rs) throws SQLException {
        long[] values = new long[rs.getMetaData().getColumnCount() - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getLong(i + 2);
        }
        return values;
    }

    static Ratio ratio(long[] row) {
        return row == null ? Ratio.NONE : new Ratio(row[0], row[1], row[2]);
    }

    static GoalAchievement goalAchievement(long[] row) {
        return row == null ? GoalAchievement.NONE : new GoalAchievement(new Ratio(row[0], row[1], row[2]), row[3]);
    }

    static Nps nps(long[] row) {
        return row == null ? new Nps(0, 0, 0) : new Nps(row[0], row[1], row[2]);
    }

    static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
