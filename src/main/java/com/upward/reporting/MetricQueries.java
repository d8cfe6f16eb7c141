package com.upward.reporting;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * PRODUCT.md's outcome metrics as SQL aggregates: each query returns one row of counts for a scope, never the rows
 * it counts. Submitted means SUBMITTED or REVIEWED; accepted enrollments are ACCEPTED or (after the cohort) COMPLETED.
 */
@Component
class MetricQueries {

    /** The cohorts of the scope: the program's (or the one cohort) that run in the period. */
    static final String COHORTS = """
            select co.id from cohort co where co.program_id = :program and (:cohort is null or co.id = :cohort)
              and co.starts_on <= :to and co.ends_on >= :from and co.status not in ('DRAFT', 'CANCELLED')""";
    static final String ACCEPTED = "('ACCEPTED', 'COMPLETED')";
    static final String SUBMITTED = "('SUBMITTED', 'REVIEWED')";

    private final NamedParameterJdbcTemplate jdbc;

    MetricQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static MapSqlParameterSource params(ReportScope scope, LocalDate today) {
        LocalDate dueUntil = scope.to().isBefore(today) ? scope.to() : today;
        return new MapSqlParameterSource("program", scope.programId())
                .addValue("cohort", scope.cohortId(), Types.BIGINT)
                .addValue("from", scope.from()).addValue("to", scope.to()).addValue("dueUntil", dueUntil);
    }

    OutcomeMetrics metrics(ReportScope scope, LocalDate today, long atRiskPairs) {
        MapSqlParameterSource p = params(scope, today);
        long[] sides = one("""
                select coalesce(sum(case when e.side = 'MENTEE' then 1 else 0 end), 0),
                       coalesce(sum(case when e.side = 'MENTOR' then 1 else 0 end), 0)
                from enrollment e where e.cohort_id in (%s) and e.status in %s""".formatted(COHORTS, ACCEPTED), p);
        Ratio[] completion = completionAndOnTime(p);
        return new OutcomeMetrics(sides[0], sides[1], matchRate(p), completion[0], completion[1],
                goals(p, "LEARNING"), goals(p, "OUTCOME"), failingForward(p), bounceBack(p), growthDelta(p), nps(p),
                relationship(p), atRiskPairs, mentorLoad(p));
    }

    private Ratio matchRate(MapSqlParameterSource p) {
        return ratio("""
                select coalesce(sum(case when exists (select 1 from mentor_assignment a
                         where a.mentee_enrollment_id = e.id and a.status in ('ACTIVE', 'ENDED')) then 1 else 0 end), 0),
                       count(*), count(*)
                from enrollment e where e.cohort_id in (%s) and e.side = 'MENTEE' and e.status in %s"""
                .formatted(COHORTS, ACCEPTED), p);
    }

    /**
     * Completion: submitted ÷ check-ins due in the period so far; on time: submitted by the due date + 2 days ÷ the
     * same. One pass over the check-in index.
     */
    private Ratio[] completionAndOnTime(MapSqlParameterSource p) {
        long[] row = one("""
                select coalesce(sum(case when ci.status in %s then 1 else 0 end), 0),
                       coalesce(sum(case when ci.status in %s and ci.submitted_at < ci.due_on + interval '3' day
                                         then 1 else 0 end), 0),
                       count(*), count(distinct ci.enrollment_id)
                from check_in ci join enrollment e on e.id = ci.enrollment_id
                where e.cohort_id in (%s) and ci.due_on between :from and :dueUntil"""
                .formatted(SUBMITTED, SUBMITTED, COHORTS), p);
        return new Ratio[]{new Ratio(row[0], row[2], row[3]), new Ratio(row[1], row[2], row[3])};
    }

    private GoalAchievement goals(MapSqlParameterSource p, String type) {
        long[] row = one("""
                select coalesce(sum(case when g.status = 'ACHIEVED' then 1 else 0 end), 0), count(*),
                       count(distinct g.enrollment_id), coalesce(sum(case when g.status = 'PIVOTED' then 1 else 0 end), 0)
                from goal g join enrollment e on e.id = g.enrollment_id
                where e.cohort_id in (%s) and g.goal_type = :type""".formatted(COHORTS),
                new MapSqlParameterSource(p.getValues()).addValue("type", type));
        return new GoalAchievement(new Ratio(row[0], row[1], row[2]), row[3]);
    }

    /** Submitted check-ins with a setback and a lesson ÷ submitted check-ins with a setback. */
    private Ratio failingForward(MapSqlParameterSource p) {
        return ratio("""
                select coalesce(sum(case when ci.lessons is not null then 1 else 0 end), 0), count(*),
                       count(distinct ci.enrollment_id)
                from check_in ci join enrollment e on e.id = ci.enrollment_id
                where e.cohort_id in (%s) and ci.due_on between :from and :dueUntil and ci.status in %s
                  and ci.setbacks is not null""".formatted(COHORTS, SUBMITTED), p);
    }

    /**
     * Goals that had a setback in a submitted check-in and later gained progress over that check-in's value (in a
     * later submitted check-in) or became ACHIEVED/PIVOTED ÷ goals that had a setback.
     */
    private Ratio bounceBack(MapSqlParameterSource p) {
        return ratio("""
                select coalesce(sum(bounced), 0), count(*), count(distinct enrollment_id) from (
                  select g.id, g.enrollment_id,
                         max(case when g.status in ('ACHIEVED', 'PIVOTED') or exists (
                               select 1 from check_in_goal_update later join check_in lc on lc.id = later.check_in_id
                               where later.goal_id = g.id and lc.period_number > ci.period_number
                                 and lc.status in %s and later.progress > u.progress) then 1 else 0 end) as bounced
                  from goal g join enrollment e on e.id = g.enrollment_id
                  join check_in_goal_update u on u.goal_id = g.id join check_in ci on ci.id = u.check_in_id
                  where e.cohort_id in (%s) and u.setback = true and ci.status in %s
                  group by g.id, g.enrollment_id) setback_goals""".formatted(SUBMITTED, COHORTS, SUBMITTED), p);
    }

    /** One growth self-assessment score (the mean of its answers) per mentee and survey kind. */
    static String growthScores(String kind) {
        return """
                select r.enrollment_id, avg(cast(a.answer as decimal(10, 4))) as score
                from survey_response r join survey s on s.id = r.survey_id
                join survey_answer a on a.response_id = r.id
                where s.kind = '%s' and s.cohort_id in (%s) group by r.enrollment_id""".formatted(kind, COHORTS);
    }

    static final String GROWTH_DELTAS = "select (finish.score - start.score) as delta from (" + growthScores(
            "GROWTH_START") + ") start join (" + growthScores("GROWTH_END")
            + ") finish on finish.enrollment_id = start.enrollment_id";

    private Mean growthDelta(MapSqlParameterSource p) {
        return jdbc.queryForObject("select avg(delta), count(*) from (" + GROWTH_DELTAS + ") deltas", p,
                (rs, row) -> new Mean(nullableDouble(rs, 1), rs.getLong(2)));
    }

    /** Answers to one closing-survey question of the scope's cohorts. */
    static String closingAnswers(String code) {
        return """
                from survey_answer a join survey_question q on q.id = a.question_id
                join survey s on s.id = q.survey_id
                where s.kind = 'CLOSING' and q.code = '%s' and s.cohort_id in (%s)""".formatted(code, COHORTS);
    }

    private Nps nps(MapSqlParameterSource p) {
        long[] row = one("""
                select coalesce(sum(case when a.answer >= 9 then 1 else 0 end), 0),
                       coalesce(sum(case when a.answer between 7 and 8 then 1 else 0 end), 0),
                       coalesce(sum(case when a.answer <= 6 then 1 else 0 end), 0)
                """ + closingAnswers("nps"), p);
        return new Nps(row[0], row[1], row[2]);
    }

    private Mean relationship(MapSqlParameterSource p) {
        return jdbc.queryForObject("select avg(cast(a.answer as decimal(10, 4))), count(*) "
                + closingAnswers("relationship"), p, (rs, row) -> new Mean(nullableDouble(rs, 1), rs.getLong(2)));
    }

    /** Accepted mentors of the scope's ACTIVE cohorts and their ACTIVE pairs. */
    private MentorLoad mentorLoad(MapSqlParameterSource p) {
        return jdbc.queryForObject("""
                select count(*), coalesce(sum(pairs), 0), coalesce(max(pairs), 0), coalesce(max(capacity), 0) from (
                  select mo.id, co.max_mentees_per_mentor as capacity,
                         (select count(*) from mentor_assignment a where a.mentor_enrollment_id = mo.id
                            and a.status = 'ACTIVE') as pairs
                  from enrollment mo join cohort co on co.id = mo.cohort_id
                  where mo.cohort_id in (%s) and co.status = 'ACTIVE' and mo.side = 'MENTOR'
                    and mo.status = 'ACCEPTED') mentors""".formatted(COHORTS), p,
                (rs, row) -> new MentorLoad(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)));
    }

    private Ratio ratio(String sql, MapSqlParameterSource p) {
        long[] row = one(sql, p);
        return new Ratio(row[0], row[1], row[2]);
    }

    private long[] one(String sql, MapSqlParameterSource p) {
        return jdbc.queryForObject(sql, p, (rs, rowNum) -> {
            long[] values = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        });
    }

    static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
