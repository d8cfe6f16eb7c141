package com.upward.reporting;

import com.upward.base.ReadModel;
import com.upward.checkin.HelpUrgency;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Help requests of running pairs in ACTIVE cohorts that the mentor has not answered yet, of one cohort or of all:
 * names, urgency and date only, never the request's text. Used by the HR digest and the cohort status report.
 */
@ReadModel("the open help requests list check-ins with their pairs, cohorts and people in one query")
@Component
public class OpenHelpRequests {

    public record OpenHelpRequest(long checkInId, long cohortId, String cohortName, String menteeName,
                                  String mentorName, HelpUrgency urgency, LocalDate since) {
    }

    /** An unanswered help request of a running pair; {@code a} is the pair, {@code co} its cohort. */
    private static final String OPEN = """
            a.status = 'ACTIVE' and co.status = 'ACTIVE' and ci.help_requested = true
              and ci.help_acknowledged_at is null and ci.status in ('SUBMITTED', 'REVIEWED')""";

    private final NamedParameterJdbcTemplate jdbc;

    OpenHelpRequests(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first; {@code cohortId} null means every ACTIVE cohort. */
    public List<OpenHelpRequest> find(Long cohortId) {
        String sql = """
                select ci.id, co.id as cohort_id, co.name as cohort_name, ci.help_urgency, ci.submitted_at,
                       concat(mentee.first_name, ' ', mentee.last_name) as mentee_name,
                       concat(mentor.first_name, ' ', mentor.last_name) as mentor_name
                from check_in ci
                join mentor_assignment a on a.id = ci.assignment_id
                join cohort co on co.id = a.cohort_id
                join enrollment me on me.id = a.mentee_enrollment_id
                join employee mentee on mentee.id = me.employee_id
                join enrollment mo on mo.id = a.mentor_enrollment_id
                join employee mentor on mentor.id = mo.employee_id
                where %s and (:cohort is null or co.id = :cohort)
                order by ci.submitted_at, ci.id""".formatted(OPEN);
        return jdbc.query(sql, new MapSqlParameterSource().addValue("cohort", cohortId, Types.BIGINT),
                (rs, row) -> new OpenHelpRequest(rs.getLong("id"), rs.getLong("cohort_id"),
                        rs.getString("cohort_name"), rs.getString("mentee_name"), rs.getString("mentor_name"),
                        rs.getString("help_urgency") == null ? HelpUrgency.NORMAL
                                : HelpUrgency.valueOf(rs.getString("help_urgency")),
                        rs.getObject("submitted_at", LocalDateTime.class).toLocalDate()));
    }

    /** How many open help requests each ACTIVE cohort has (cohorts without any are left out). */
    Map<Long, Long> countByCohort() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("""
                select co.id, count(*) from check_in ci join mentor_assignment a on a.id = ci.assignment_id
                join cohort co on co.id = a.cohort_id where %s group by co.id""".formatted(OPEN),
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }
}
