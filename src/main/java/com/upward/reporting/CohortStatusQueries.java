package com.upward.reporting;

import com.upward.base.ReadModel;
import com.upward.checkin.CheckInRules;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One row per pair of a cohort with its engagement figures, counted in one grouped query: check-ins due so far,
 * submitted, on time (by the due date + 2 days), overdue (open after that), the last submission and unanswered
 * help requests. Structured data only, which is what HR may see.
 */
@ReadModel("the cohort status report aggregates pairs, enrollments and check-ins in SQL")
@Component
public class CohortStatusQueries {

    /** One pair; {@code lastCheckIn} is null before the first submission. */
    public record PairEngagement(long assignmentId, String menteeName, String mentorName, String pairStatus,
                                 LocalDate startsOn, long due, long submitted, long onTime, long overdue,
                                 LocalDate lastCheckIn, long openHelp) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CohortStatusQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PairEngagement> pairs(long cohortId, LocalDate today) {
        String sql = """
                select a.id, concat(mentee.first_name, ' ', mentee.last_name) as mentee_name,
                       concat(mentor.first_name, ' ', mentor.last_name) as mentor_name, a.status, a.starts_on,
                       count(ci.id) as due,
                       coalesce(sum(case when ci.status in ('SUBMITTED', 'REVIEWED') then 1 else 0 end), 0) as submitted,
                       coalesce(sum(case when ci.status in ('SUBMITTED', 'REVIEWED')
                                 and ci.submitted_at < ci.due_on + interval '3' day then 1 else 0 end), 0) as on_time,
                       coalesce(sum(case when ci.status in ('DUE', 'DRAFT') and ci.due_on < :overdueBefore
                                 then 1 else 0 end), 0) as overdue,
                       max(ci.submitted_at) as last_submitted,
                       coalesce(sum(case when ci.help_requested = true and ci.help_acknowledged_at is null
                                 and ci.status in ('SUBMITTED', 'REVIEWED') then 1 else 0 end), 0) as open_help
                from mentor_assignment a
                join enrollment me on me.id = a.mentee_enrollment_id
                join employee mentee on mentee.id = me.employee_id
                join enrollment mo on mo.id = a.mentor_enrollment_id
                join employee mentor on mentor.id = mo.employee_id
                left join check_in ci on ci.assignment_id = a.id and ci.due_on <= :today
                where a.cohort_id = :cohort and a.status in ('ACTIVE', 'PAUSED', 'ENDED')
                group by a.id, mentee.first_name, mentee.last_name, mentor.first_name, mentor.last_name, a.status,
                         a.starts_on
                order by mentee.last_name, mentee.first_name, a.id""";
        var params = new MapSqlParameterSource("cohort", cohortId).addValue("today", today)
                .addValue("overdueBefore", today.minusDays(CheckInRules.GRACE_DAYS));
        return jdbc.query(sql, params, (rs, row) -> {
            LocalDateTime last = rs.getObject("last_submitted", LocalDateTime.class);
            return new PairEngagement(rs.getLong("id"), rs.getString("mentee_name"), rs.getString("mentor_name"),
                    rs.getString("status"), rs.getObject("starts_on", LocalDate.class), rs.getLong("due"),
                    rs.getLong("submitted"), rs.getLong("on_time"), rs.getLong("overdue"),
                    last == null ? null : last.toLocalDate(), rs.getLong("open_help"));
        });
    }
}
