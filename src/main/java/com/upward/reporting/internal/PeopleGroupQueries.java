package com.upward.reporting.internal;

import com.upward.base.ReadModel;
import com.upward.reporting.CompanyOutcome.Row;
import com.upward.reporting.Mean;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.upward.reporting.internal.MetricQueries.counts;
import static com.upward.reporting.internal.MetricQueries.goalAchievement;
import static com.upward.reporting.internal.MetricQueries.nps;
import static com.upward.reporting.internal.MetricQueries.nullableDouble;
import static com.upward.reporting.internal.MetricQueries.ratio;
import static com.upward.reporting.internal.MetricQueries.sql;

/**
 * The cross-program figures per department or location of the people counted (the directory as it is today): the
 * same definitions as {@link MetricQueries}, each one grouped SQL aggregate. Participants count accepted mentees and
 * mentors by their own record; the mentee figures by the mentee's; NPS by the answering person's.
 */
@ReadModel("the cross-program report groups enrollments, check-ins, goals and surveys by the people's directory records")
@Component
public class PeopleGroupQueries {

    /** What people are grouped by: a column of their directory record. */
    public enum Attribute {
        DEPARTMENT("emp.department"), LOCATION("emp.location");

        final String column;

        Attribute(String column) {
            this.column = column;
        }
    }

    private static final String PERSON = " join employee emp on emp.id = e.employee_id\n";

    private final NamedParameterJdbcTemplate jdbc;

    PeopleGroupQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per department or location with accepted participants, by name. */
    public List<Row> rows(Attribute by, MapSqlParameterSource p) {
        String key = by.column;
        Map<String, long[]> sides = grouped(key, """
                select {key}, sum(case when e.side = 'MENTEE' then 1 else 0 end),
                       sum(case when e.side = 'MENTOR' then 1 else 0 end)
                from enrollment e join cohort co on co.id = e.cohort_id""" + PERSON + """
                 where co.id in ({cohorts}) and e.status in {accepted} group by {key}""", p);
        Map<String, long[]> completion = grouped(key, """
                select {key}, sum(case when ci.status in {submitted} then 1 else 0 end), count(*),
                       count(distinct ci.enrollment_id)
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort co on co.id = e.cohort_id"""
                + PERSON + """
                 where co.id in ({cohorts}) and ci.due_on between :from and :dueUntil group by {key}""", p);
        Map<String, long[]> failingForward = grouped(key, """
                select {key}, sum(case when ci.has_lesson = true then 1 else 0 end), count(*),
                       count(distinct ci.enrollment_id)
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort co on co.id = e.cohort_id"""
                + PERSON + """
                 where co.id in ({cohorts}) and ci.due_on between :from and :dueUntil and ci.status in {submitted}
                  and ci.has_setback = true group by {key}""", p);
        Map<String, long[]> learning = goals(key, p, "LEARNING");
        Map<String, long[]> outcome = goals(key, p, "OUTCOME");
        Map<String, Mean> growth = growth(key, p);
        Map<String, long[]> npsCounts = grouped(key, """
                select {key}, sum(case when a.answer >= 9 then 1 else 0 end),
                       sum(case when a.answer between 7 and 8 then 1 else 0 end),
                       sum(case when a.answer <= 6 then 1 else 0 end)
                from survey_answer a join survey_question q on q.id = a.question_id
                join survey s on s.id = q.survey_id join cohort co on co.id = s.cohort_id
                join survey_response r on r.id = a.response_id join enrollment e on e.id = r.enrollment_id"""
                + PERSON + """
                 where s.kind = 'CLOSING' and q.code = 'nps' and s.cohort_id in ({cohorts}) group by {key}""", p);

        Map<String, Row> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sides.forEach((name, side) -> byName.put(name, new Row(name, side[0], side[1], ratio(completion.get(name)),
                ratio(failingForward.get(name)), goalAchievement(learning.get(name)),
                goalAchievement(outcome.get(name)), growth.getOrDefault(name, new Mean(null, 0)),
                nps(npsCounts.get(name)))));
        return List.copyOf(byName.values());
    }

    /** Achieved, all, people, pivoted. */
    private Map<String, long[]> goals(String key, MapSqlParameterSource p, String type) {
        return grouped(key, """
                select {key}, sum(case when g.status = 'ACHIEVED' then 1 else 0 end), count(*),
                       count(distinct g.enrollment_id), sum(case when g.status = 'PIVOTED' then 1 else 0 end)
                from goal g join enrollment e on e.id = g.enrollment_id join cohort co on co.id = e.cohort_id"""
                + PERSON + """
                 where co.id in ({cohorts}) and g.goal_type = :type group by {key}""",
                new MapSqlParameterSource(p.getValues()).addValue("type", type));
    }

    /** Mean end − start growth score of the mentees who answered both self-assessments. */
    private Map<String, Mean> growth(String key, MapSqlParameterSource p) {
        Map<String, Mean> byName = new HashMap<>();
        jdbc.query(sql(key, """
                select {key}, avg(finish.score - start.score), count(*) from (%s) start
                join (%s) finish on finish.enrollment_id = start.enrollment_id
                join enrollment e on e.id = start.enrollment_id""".formatted(scores("GROWTH_START"),
                scores("GROWTH_END")) + PERSON + " group by {key}"), p, rs -> {
            byName.put(rs.getString(1), new Mean(nullableDouble(rs, 2), rs.getLong(3)));
        });
        return byName;
    }

    private static String scores(String kind) {
        return """
                select r.enrollment_id, avg(cast(a.answer as decimal(10, 4))) as score
                from survey_response r join survey s on s.id = r.survey_id join survey_answer a on a.response_id = r.id
                where s.kind = '%s' and s.cohort_id in ({cohorts}) group by r.enrollment_id""".formatted(kind);
    }

    /** The first column is the group's name, the others counts. */
    private Map<String, long[]> grouped(String key, String template, MapSqlParameterSource p) {
        Map<String, long[]> byName = new HashMap<>();
        jdbc.query(sql(key, template), p, rs -> {
            byName.put(rs.getString(1), counts(rs));
        });
        return byName;
    }
}
