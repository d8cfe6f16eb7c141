package com.upward.dashboard;

import com.upward.base.ReadModel;
import com.upward.dashboard.HomeSummaries.CohortLine;
import com.upward.dashboard.HomeSummaries.MyMentoring;
import com.upward.dashboard.HomeSummaries.NextCheckIn;
import com.upward.dashboard.HomeSummaries.Participation;
import com.upward.dashboard.HomeSummaries.Partner;
import com.upward.dashboard.HomeSummaries.ProgramHealth;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Figures for the role-aware home page: a handful of SQL aggregates, independent of data size. */
@ReadModel("the role homes count cohorts, pairs, check-ins and people in SQL")
@Service
public class HomeService {


    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    HomeService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')")
    public ProgramHealth programHealth() {
        var params = new MapSqlParameterSource("overdueBefore", Date.valueOf(LocalDate.now(clock).minusDays(2)));
        var totals = jdbc.queryForMap("""
                select
                  (select count(*) from cohort where status = 'ACTIVE') as active_cohorts,
                  (select count(*) from enrollment e join cohort c on c.id = e.cohort_id
                     where c.status = 'ACTIVE' and e.side = 'MENTEE' and e.status = 'ACCEPTED') as accepted_mentees,
                  (select count(*) from mentor_assignment a join cohort c on c.id = a.cohort_id
                     where c.status = 'ACTIVE' and a.status = 'ACTIVE') as active_pairs,
                  (select count(*) from check_in ci join enrollment e on e.id = ci.enrollment_id
                     join cohort c on c.id = e.cohort_id
                     where c.status = 'ACTIVE' and ci.status in ('DUE', 'DRAFT')
                       and ci.due_on < :overdueBefore) as overdue_check_ins,
                  (select count(*) from check_in ci join enrollment e on e.id = ci.enrollment_id
                     join cohort c on c.id = e.cohort_id
                     where c.status = 'ACTIVE' and ci.help_requested = true
                       and ci.help_acknowledged_at is null) as open_help_requests
                """, params);
        List<CohortLine> cohorts = jdbc.query("""
                select c.id, p.name as program, c.name as cohort, c.status, c.starts_on, c.ends_on,
                  sum(case when e.side = 'MENTOR' and e.status = 'ACCEPTED' then 1 else 0 end) as mentors,
                  sum(case when e.side = 'MENTEE' and e.status = 'ACCEPTED' then 1 else 0 end) as mentees
                from cohort c join program p on p.id = c.program_id
                left join enrollment e on e.cohort_id = c.id
                where c.status in ('DRAFT', 'ENROLLING', 'ACTIVE')
                group by c.id, p.name, c.name, c.status, c.starts_on, c.ends_on
                order by c.starts_on
                """, (rs, row) -> new CohortLine(rs.getLong("id"), rs.getString("program"), rs.getString("cohort"),
                rs.getString("status"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                rs.getLong("mentors"), rs.getLong("mentees")));
        return new ProgramHealth(number(totals.get("active_cohorts")), number(totals.get("accepted_mentees")),
                number(totals.get("active_pairs")), number(totals.get("overdue_check_ins")),
                number(totals.get("open_help_requests")), cohorts);
    }

    /** The signed-in employee's own participations: no id is taken from the caller. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Role.Names.EMPLOYEE + "')")
    public MyMentoring myMentoring() {
        Long employeeId = currentUser.require().employeeId();
        if (employeeId == null) {
            return new MyMentoring(List.of(), null);
        }
        var params = new MapSqlParameterSource("employeeId", employeeId);
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Partner>> partners = new HashMap<>();
        jdbc.query("""
                select e.id as enrollment_id, concat(pe.first_name, ' ', pe.last_name) as name, pe.email,
                  a.starts_on
                from enrollment e
                join mentor_assignment a on a.status = 'ACTIVE'
                  and (a.mentee_enrollment_id = e.id or a.mentor_enrollment_id = e.id)
                join enrollment pen on pen.id = case when a.mentee_enrollment_id = e.id
                                                     then a.mentor_enrollment_id else a.mentee_enrollment_id end
                join employee pe on pe.id = pen.employee_id
                where e.employee_id = :employeeId
                order by pe.last_name, pe.first_name
                """, params, (RowCallbackHandler) rs -> partners.computeIfAbsent(rs.getLong("enrollment_id"),
                        id -> new ArrayList<>())
                .add(new Partner(rs.getString("name"), rs.getString("email"), rs.getDate("starts_on").toLocalDate())));
        List<Participation> participations = jdbc.query("""
                select e.id, p.name as program, c.name as cohort, c.status as cohort_status, e.side, e.status
                from enrollment e join cohort c on c.id = e.cohort_id join program p on p.id = c.program_id
                where e.employee_id = :employeeId
                order by c.starts_on desc
                """, params, (rs, row) -> new Participation(rs.getString("program"), rs.getString("cohort"),
                rs.getString("cohort_status"), rs.getString("side"), rs.getString("status"),
                List.copyOf(partners.getOrDefault(rs.getLong("id"), List.of()))));
        List<NextCheckIn> next = jdbc.query("""
                select ci.id, c.name as cohort, ci.period_number, ci.due_on, ci.status
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort c on c.id = e.cohort_id
                where e.employee_id = :employeeId and c.status = 'ACTIVE' and ci.status in ('DUE', 'DRAFT')
                order by ci.due_on
                limit 1
                """, params, (rs, row) -> new NextCheckIn(rs.getLong("id"), rs.getString("cohort"),
                rs.getInt("period_number"),
                rs.getDate("due_on").toLocalDate(), rs.getString("status"),
                rs.getDate("due_on").toLocalDate().plusDays(2).isBefore(today)));
        return new MyMentoring(participations, next.isEmpty() ? null : next.getFirst());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
