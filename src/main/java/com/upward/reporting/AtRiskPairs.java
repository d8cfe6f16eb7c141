package com.upward.reporting;

import com.upward.base.ReadModel;
import com.upward.program.Cadence;
import com.upward.reporting.internal.PairRisk;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The at-risk pairs ({@link PairRisk}) of the ACTIVE cohorts, of one program or cohort or of all: one query reads
 * each running pair with its last submission and whether an urgent help request is open. Names, dates and flags
 * only; no check-in text. Used by the HR digest, the reports and the dashboards.
 */
@ReadModel("the at-risk pairs are found in one query over check-ins, pairs, cohorts and people")
@Component
public class AtRiskPairs {

    public record AtRiskPair(long assignmentId, long programId, long cohortId, String cohortName,
                             String menteeName, String mentorName, RiskReason risk) {

        /** Why, in English; screens, reports and emails word {@link #risk()} in their reader's language. */
        public String reason() {
            return risk.english();
        }
    }

    /** How a list of at-risk pairs may be sorted: by cohort, mentee or mentor name, and then as the default. */
    public enum Order {
        COHORT("co.name"),
        MENTEE("mentee.last_name, mentee.first_name"),
        MENTOR("mentor.last_name, mentor.first_name");

        private final String columns;

        Order(String columns) {
            this.columns = columns;
        }

        String sql(boolean descending) {
            String direction = descending ? " desc" : "";
            return String.join(direction + ", ", columns.split(", ")) + direction
                    + ", co.name, mentee.last_name, mentee.first_name, a.id";
        }
    }

    /** Shown for a listed pair that is no longer at risk or running when its row is read again. */
    static final String NO_LONGER_AT_RISK = "No longer at risk: it checked in since this list was made.";
    static final String NO_LONGER_RUNNING = "No longer running.";

    private static final String PAIRS = """
            select a.id, a.status, co.status as cohort_status, co.program_id, co.id as cohort_id,
                   co.name as cohort_name, co.cadence, a.starts_on,
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
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AtRiskPairs(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code programId} and {@code cohortId} may be null (all programs, all cohorts). By cohort, then mentee. */
    public List<AtRiskPair> find(Long programId, Long cohortId, LocalDate today) {
        return find(programId, cohortId, Order.COHORT, false, today);
    }

    public List<AtRiskPair> find(Long programId, Long cohortId, Order order, boolean descending, LocalDate today) {
        String sql = PAIRS + """
                where a.status = 'ACTIVE' and co.status = 'ACTIVE'
                  and (:program is null or co.program_id = :program) and (:cohort is null or co.id = :cohort)
                order by\s""" + order.sql(descending);
        var params = new MapSqlParameterSource().addValue("program", programId, Types.BIGINT)
                .addValue("cohort", cohortId, Types.BIGINT);
        List<AtRiskPair> atRisk = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            RiskReason reason = reason(rs, today);
            if (reason != null) {
                atRisk.add(pair(rs, reason));
            }
        });
        return atRisk;
    }

    /**
     * These pairs as they are now, in the order given: a list on screen reads its rows a page at a time. A pair
     * that has since checked in or ended keeps its row, saying so.
     */
    public List<AtRiskPair> byIds(List<Long> assignmentIds, LocalDate today) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        Map<Long, AtRiskPair> byId = new HashMap<>();
        jdbc.query(PAIRS + "where a.id in (:ids)", new MapSqlParameterSource("ids", assignmentIds), rs -> {
            boolean running = "ACTIVE".equals(rs.getString("status"))
                    && "ACTIVE".equals(rs.getString("cohort_status"));
            RiskReason reason = running ? reason(rs, today) : new RiskReason(RiskReason.Kind.NO_LONGER_RUNNING, null);
            byId.put(rs.getLong("id"), pair(rs, reason == null
                    ? new RiskReason(RiskReason.Kind.NO_LONGER_AT_RISK, null) : reason));
        });
        return assignmentIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static RiskReason reason(ResultSet rs, LocalDate today) throws SQLException {
        LocalDateTime last = rs.getObject("last_submitted", LocalDateTime.class);
        return PairRisk.risk(Cadence.valueOf(rs.getString("cadence")), rs.getObject("starts_on", LocalDate.class),
                last == null ? null : last.toLocalDate(), rs.getLong("urgent_open") > 0, today);
    }

    private static AtRiskPair pair(ResultSet rs, RiskReason reason) throws SQLException {
        return new AtRiskPair(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("cohort_id"),
                rs.getString("cohort_name"), rs.getString("mentee_name"), rs.getString("mentor_name"), reason);
    }
}
