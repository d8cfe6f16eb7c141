package com.upward.matching.internal;

import com.upward.base.ReadModel;
import com.upward.base.SqlPages;
import com.upward.matching.AssignmentStatus;
import com.upward.matching.internal.BoardRows.BoardSummary;
import com.upward.matching.internal.BoardRows.HistoryRow;
import com.upward.matching.internal.BoardRows.MenteeRow;
import com.upward.matching.internal.BoardRows.MentorRow;
import com.upward.matching.internal.BoardRows.RunningPair;
import com.upward.program.CohortStatus;
import com.upward.base.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lists of the matching board, one SQL statement per grid page (loads and counts are aggregated in the
 * database). HR and admins only; writes go through {@link MatchingService}.
 */
@ReadModel("the matching board pages through enrollments with their people, topics and accounts in SQL, "
        + "filtered by name")
@Service
public class MatchingBoardService {

    private static final String HR = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')";
    private static final String NAME_FILTER = " and (:pattern is null"
            + " or lower(concat(emp.first_name, ' ', emp.last_name)) like :pattern escape '!')";

    private static final String UNMATCHED = """
            from enrollment e join employee emp on emp.id = e.employee_id
            where e.cohort_id = :cohort and e.side = 'MENTEE' and e.status = 'ACCEPTED'
              and not exists (select 1 from mentor_assignment a
                              where a.mentee_enrollment_id = e.id and a.status in ('PROPOSED', 'ACTIVE', 'PAUSED'))
            """;

    /**
     * The cohort's accepted mentors; {@code l.n} their running pairs here (and those waiting for answers, which hold
     * a place), {@code o.n} those in the other running
     * cohorts when the program counts a mentor's capacity across cohorts (issue 24), {@link #LOAD} the sum.
     */
    private static final String MENTORS = """
            from enrollment e join employee emp on emp.id = e.employee_id
            left join (select mentor_enrollment_id, count(*) as n from mentor_assignment
                       where cohort_id = :cohort and status in ('PROPOSED', 'ACTIVE', 'PAUSED')
                       group by mentor_enrollment_id) l on l.mentor_enrollment_id = e.id
            left join (select x.employee_id, count(*) as n from mentor_assignment a
                       join enrollment x on x.id = a.mentor_enrollment_id join cohort xc on xc.id = a.cohort_id
                       where a.cohort_id <> :cohort and a.status in ('PROPOSED', 'ACTIVE', 'PAUSED')
                         and xc.status in ('ENROLLING', 'ACTIVE')
                         and (select p.mentor_capacity_across_cohorts from cohort c join program p
                              on p.id = c.program_id where c.id = :cohort) = true
                       group by x.employee_id) o on o.employee_id = e.employee_id
            where e.cohort_id = :cohort and e.side = 'MENTOR' and e.status = 'ACCEPTED'
            """;
    private static final String LOAD = "(coalesce(l.n, 0) + coalesce(o.n, 0))";

    /** A person's focus areas (mentee) or skills offered (mentor), as one sorted, comma-separated text. */
    private static final String TOPICS = """
              (select group_concat(t.topic order by t.topic separator ', ') from enrollment_topic t
                 where t.enrollment_id = e.id) as topics
            """;

    private static final Map<String, String> PERSON_SORT = Map.of(
            "name", "emp.last_name, emp.first_name", "department", "emp.department", "jobLevel", "emp.job_level");
    private static final Map<String, String> MENTOR_SORT = Map.of(
            "name", "emp.last_name, emp.first_name", "department", "emp.department", "jobLevel", "emp.job_level",
            "load", LOAD);
    private static final Map<String, String> PAIR_SORT = Map.of(
            "mentorName", "mr.last_name, mr.first_name", "menteeName", "me.last_name, me.first_name",
            "score", "a.score", "startsOn", "a.starts_on");

    private final NamedParameterJdbcTemplate jdbc;

    MatchingBoardService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The header figures, or empty when the cohort does not exist. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public Optional<BoardSummary> summary(long cohortId) {
        var params = new MapSqlParameterSource("cohort", cohortId);
        return jdbc.query("""
                select c.id, c.name, c.status, c.max_mentees_per_mentor, c.exclude_previous_pairs, c.load_spread_weight,
                  c.pairs_need_acceptance, c.mentees_choose_mentor,
                  (select count(*) from mentor_assignment a where a.cohort_id = c.id
                     and a.status = 'PROPOSED') as waiting_pairs,
                  (select count(*) from enrollment e where e.cohort_id = c.id and e.side = 'MENTEE'
                     and e.status = 'ACCEPTED') as accepted_mentees,
                  (select count(*) """ + UNMATCHED + """
                  ) as unmatched,
                  (select count(*) from enrollment e where e.cohort_id = c.id and e.side = 'MENTOR'
                     and e.status = 'ACCEPTED') as mentors,
                  (select coalesce(sum(greatest(0, c.max_mentees_per_mentor - """ + LOAD + """
                  )), 0) """
                + MENTORS + """
                  ) as free_places,
                  (select count(*) from mentor_assignment a where a.cohort_id = c.id
                     and a.status in ('ACTIVE', 'PAUSED')) as running_pairs
                from cohort c where c.id = :cohort""", params, (rs, row) -> {
            CohortStatus status = CohortStatus.valueOf(rs.getString("status"));
            return new BoardSummary(rs.getLong("id"), rs.getString("name"), status,
                    MatchingService.OPEN_STATUSES.contains(status), rs.getInt("max_mentees_per_mentor"),
                    rs.getBoolean("exclude_previous_pairs"), rs.getInt("load_spread_weight"),
                    rs.getLong("accepted_mentees"), rs.getLong("unmatched"),
                    rs.getLong("mentors"), rs.getLong("free_places"), rs.getLong("running_pairs"),
                    rs.getLong("waiting_pairs"), rs.getBoolean("pairs_need_acceptance"),
                    rs.getBoolean("mentees_choose_mentor"));
        }).stream().findFirst();
    }

    /** Accepted mentees without a running pair; sort by name, department or jobLevel. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public List<MenteeRow> unmatchedMentees(long cohortId, String nameFilter, Pageable pageable) {
        return jdbc.query("""
                select e.id, emp.first_name, emp.last_name, emp.department, emp.job_level, emp.location,
                  e.motivation is not null as answered,
                  (select a.end_reason from mentor_assignment a where a.mentee_enrollment_id = e.id
                     and a.status = 'DECLINED' order by a.ends_on desc, a.id desc limit 1) as last_decline,"""
                        + TOPICS + UNMATCHED + NAME_FILTER
                        + SqlPages.orderAndLimit(pageable, PERSON_SORT, "emp.last_name, emp.first_name", "e.id"),
                params(cohortId, nameFilter),
                (rs, row) -> new MenteeRow(rs.getLong("id"), rs.getString("first_name") + " "
                        + rs.getString("last_name"), rs.getString("department"), rs.getInt("job_level"),
                        rs.getString("location"), rs.getString("topics"), rs.getBoolean("answered"),
                        rs.getString("last_decline")));
    }

    /** How many accepted mentees without a running pair match the name filter. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public long countUnmatchedMentees(long cohortId, String nameFilter) {
        return jdbc.queryForObject("select count(*) " + UNMATCHED + NAME_FILTER, params(cohortId, nameFilter),
                Long.class);
    }

    /** How many accepted mentors match the name filter. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public long countMentors(long cohortId, String nameFilter) {
        return jdbc.queryForObject("select count(*) from enrollment e join employee emp on emp.id = e.employee_id"
                + " where e.cohort_id = :cohort and e.side = 'MENTOR' and e.status = 'ACCEPTED'" + NAME_FILTER,
                params(cohortId, nameFilter), Long.class);
    }

    /** Accepted mentors with their running pairs against the cohort's capacity; sort also by load. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public List<MentorRow> mentors(long cohortId, String nameFilter, Pageable pageable) {
        return jdbc.query("""
                select e.id, emp.first_name, emp.last_name, emp.department, emp.job_level,"""
                        + LOAD + """
                  as load_now, coalesce(o.n, 0) as load_elsewhere,
                  (select c.max_mentees_per_mentor from cohort c where c.id = e.cohort_id) as capacity,"""
                        + TOPICS + MENTORS + NAME_FILTER
                        + SqlPages.orderAndLimit(pageable, MENTOR_SORT, "emp.last_name, emp.first_name", "e.id"),
                params(cohortId, nameFilter),
                (rs, row) -> new MentorRow(rs.getLong("id"), rs.getString("first_name") + " "
                        + rs.getString("last_name"), rs.getString("department"), rs.getInt("job_level"),
                        rs.getInt("load_now"), rs.getInt("load_elsewhere"), rs.getInt("capacity"),
                        rs.getString("topics")));
    }

    /** ACTIVE and PAUSED pairs, which HR can end or rematch, and PROPOSED ones, which HR can withdraw or confirm. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public List<RunningPair> runningPairs(long cohortId, String nameFilter, Pageable pageable) {
        return runningPairs(cohortId, nameFilter, null, pageable);
    }

    /** One running pair of the cohort (a link from the HR home opens the board on it); empty once it has ended. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public Optional<RunningPair> runningPair(long cohortId, long assignmentId) {
        return runningPairs(cohortId, null, assignmentId, Pageable.unpaged()).stream().findFirst();
    }

    private List<RunningPair> runningPairs(long cohortId, String nameFilter, Long assignmentId, Pageable pageable) {
        return jdbc.query("""
                select a.id, a.mentor_enrollment_id, mr.first_name as mr_first, mr.last_name as mr_last,
                  a.mentee_enrollment_id, me.first_name as me_first, me.last_name as me_last, a.score, a.status,
                  a.starts_on, a.assignment_reason, a.proposed_at, a.requested_by_mentee,
                  a.mentor_accepted_at is not null as mentor_accepted, a.mentee_accepted_at is not null as mentee_accepted
                from mentor_assignment a
                join enrollment ren on ren.id = a.mentor_enrollment_id join employee mr on mr.id = ren.employee_id
                join enrollment een on een.id = a.mentee_enrollment_id join employee me on me.id = een.employee_id
                where a.cohort_id = :cohort and a.status in ('PROPOSED', 'ACTIVE', 'PAUSED')
                  and (:pair is null or a.id = :pair)
                  and (:pattern is null or lower(concat(mr.first_name, ' ', mr.last_name)) like :pattern escape '!'
                       or lower(concat(me.first_name, ' ', me.last_name)) like :pattern escape '!')"""
                        + SqlPages.orderAndLimit(pageable, PAIR_SORT, "me.last_name, me.first_name", "a.id"),
                params(cohortId, nameFilter).addValue("pair", assignmentId, Types.BIGINT),
                (rs, row) -> new RunningPair(rs.getLong("id"), rs.getLong("mentor_enrollment_id"),
                        rs.getString("mr_first") + " " + rs.getString("mr_last"), rs.getLong("mentee_enrollment_id"),
                        rs.getString("me_first") + " " + rs.getString("me_last"), rs.getBigDecimal("score"),
                        AssignmentStatus.valueOf(rs.getString("status")), rs.getDate("starts_on").toLocalDate(),
                        rs.getString("assignment_reason"),
                        rs.getObject("proposed_at", Timestamp.class) == null ? null
                                : rs.getObject("proposed_at", Timestamp.class).toInstant(),
                        rs.getBoolean("requested_by_mentee"), rs.getBoolean("mentor_accepted"),
                        rs.getBoolean("mentee_accepted")));
    }

    /** Every change to the cohort's pairs, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public List<HistoryRow> history(long cohortId, Pageable pageable) {
        return jdbc.query("""
                select ev.id, ev.occurred_at, ev.event_type, u.display_name, ev.reason, ev.old_score, ev.new_score,
                  concat(mr.first_name, ' ', mr.last_name) as mentor, concat(me.first_name, ' ', me.last_name) as mentee,
                  case when pmr.id is null then null else concat(pmr.first_name, ' ', pmr.last_name) end as previous
                from assignment_event ev
                join mentor_assignment a on a.id = ev.assignment_id
                join enrollment ren on ren.id = a.mentor_enrollment_id join employee mr on mr.id = ren.employee_id
                join enrollment een on een.id = a.mentee_enrollment_id join employee me on me.id = een.employee_id
                left join app_user u on u.id = ev.actor_id
                left join mentor_assignment pa on pa.id = ev.previous_assignment_id
                left join enrollment pren on pren.id = pa.mentor_enrollment_id
                left join employee pmr on pmr.id = pren.employee_id
                where a.cohort_id = :cohort"""
                        + SqlPages.orderAndLimit(pageable, Map.of(), "ev.occurred_at desc", "ev.id desc"),
                params(cohortId, null),
                (rs, row) -> new HistoryRow(rs.getLong("id"), rs.getObject("occurred_at", Timestamp.class).toInstant(),
                        AssignmentEventType.valueOf(rs.getString("event_type")), rs.getString("display_name"),
                        rs.getString("mentor"), rs.getString("mentee"), rs.getString("previous"),
                        rs.getString("reason"), rs.getBigDecimal("old_score"), rs.getBigDecimal("new_score")));
    }

    private static MapSqlParameterSource params(long cohortId, String nameFilter) {
        return new MapSqlParameterSource("cohort", cohortId)
                .addValue("pattern", nameFilter == null || nameFilter.isBlank() ? null : SqlPages.containing(nameFilter),
                        Types.VARCHAR);
    }
}
