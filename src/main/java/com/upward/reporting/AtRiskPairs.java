package com.upward.reporting;

import com.upward.program.Cadence;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The at-risk pairs ({@link PairRisk}) of the ACTIVE cohorts, of one program or cohort or of all: one query reads
 * each running pair with its last submission and whether an urgent help request is open. Names, dates and flags
 * only; no check-in text. Used by the HR digest, the reports and the dashboards.
 */
@Component
public class AtRiskPairs {

    public record AtRiskPair(long assignmentId, long programId, long cohortId, String cohortName,
                             String menteeName, String mentorName, String reason) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AtRiskPairs(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code programId} and {@code cohortId} may be null (all programs, all cohorts). */
    public List<AtRiskPair> find(Long programId, Long cohortId, LocalDate today) {
        String sql = """
                select a.id, co.program_id, co.id as cohort_id, co.name as cohort_name, co.cadence, a.starts_on,
                       concat(mentee.first_name, ' ', mentee.last_name) as mentee_name,
                       concat(mentor.first_name, ' ', mentor.last_name) as mentor_name,
                       (select max(ci.submitted_at) from check_in ci where ci.enrollment_id = a.mentee_enrollment_id
                          and ci.status in ('SUBMITTED', 'REVIEWED')) as last_submitted,
                       (select count(*) from check_in ci where ci.enrollment_id = a.mentee_enrollment_id
                          and ci.status in ('SUBMITTED', 'REVIEWED') and ci.help_requested = true
                          and ci.help_urgency = 'URGENT' and ci.help_acknowledged_at is null) as urgent_open
                from mentor_assignment a
                join cohort co on co.id = a.cohort_id
                join enrollment me on me.id = a.mentee_enrollment_id
                join employee mentee on mentee.id = me.employee_id
                join enrollment mo on mo.id = a.mentor_enrollment_id
                join employee mentor on mentor.id = mo.employee_id
                where a.status = 'ACTIVE' and co.status = 'ACTIVE'
                  and (:program is null or co.program_id = :program) and (:cohort is null or co.id = :cohort)
                order by co.name, mentee.last_name, mentee.first_name, a.id""";
        var params = new MapSqlParameterSource().addValue("program", programId, Types.BIGINT)
                .addValue("cohort", cohortId, Types.BIGINT);
        List<AtRiskPair> atRisk = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            LocalDateTime last = rs.getObject("last_submitted", LocalDateTime.class);
            String reason = PairRisk.reason(Cadence.valueOf(rs.getString("cadence")),
                    rs.getObject("starts_on", LocalDate.class), last == null ? null : last.toLocalDate(),
                    rs.getLong("urgent_open") > 0, today);
            if (reason != null) {
                atRisk.add(new AtRiskPair(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("cohort_id"),
                        rs.getString("cohort_name"), rs.getString("mentee_name"), rs.getString("mentor_name"), reason));
            }
        });
        return atRisk;
    }
}
