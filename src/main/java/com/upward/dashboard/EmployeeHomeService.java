package com.upward.dashboard;

import com.upward.base.ReadModel;
import com.upward.checkin.CheckInRules;
import com.upward.checkin.Celebrations;
import com.upward.checkin.Celebrations.Celebration;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * "What's next for me?": the signed-in employee's progress: wins written down and the on-time streak (as the
 * journal counts them, {@link Celebrations}), and in their running cohorts the latest feedback from their mentor,
 * their goals with milestones, and, for a mentor, how each mentee is doing (dates and flags, not the check-in
 * text). No id is taken from the caller.
 */
@ReadModel("the employee's home sums up their cohorts, pairs, goals and check-ins in SQL")
@Service
public class EmployeeHomeService {

    public record GoalProgress(long id, String title, String type, String status, int progress, long milestonesDone,
                               long milestones) {
    }

    public record LatestFeedback(String mentorName, LocalDate givenOn, int period, long checkInId, String body) {
    }

    public record MenteeStatus(String name, String cohort, LocalDate lastCheckIn, long overdue, boolean helpOpen) {
    }

    /**
     * Pairing that waits for the employee (issue 24): proposed pairs they have not answered, and the cohorts in which
     * they may choose a mentor and have neither a mentor nor a request waiting.
     */
    public record PairingToDo(long proposalsToAnswer, List<String> cohortsToChooseIn) {

        public boolean any() { return proposalsToAnswer > 0 || !cohortsToChooseIn.isEmpty(); }
    }

    public record MyProgress(Celebration celebration, LatestFeedback latestFeedback, List<GoalProgress> goals,
                             List<MenteeStatus> mentees, PairingToDo pairing) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Celebrations celebrations;
    private final Clock clock;

    EmployeeHomeService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Celebrations celebrations,
                        Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.celebrations = celebrations;
        this.clock = clock;
    }

    private PairingToDo pairing(MapSqlParameterSource p) {
        Long toAnswer = jdbc.queryForObject("""
                select count(*) from mentor_assignment a
                join enrollment mo on mo.id = a.mentor_enrollment_id join enrollment mt on mt.id = a.mentee_enrollment_id
                where a.status = 'PROPOSED'
                  and (mo.employee_id = :employee and a.mentor_accepted_at is null
                       or mt.employee_id = :employee and a.mentee_accepted_at is null)""", p, Long.class);
        List<String> cohorts = jdbc.queryForList("""
                select c.name from enrollment e join cohort c on c.id = e.cohort_id
                where e.employee_id = :employee and e.side = 'MENTEE' and e.status = 'ACCEPTED'
                  and c.mentees_choose_mentor = true and c.status in ('ENROLLING', 'ACTIVE')
                  and not exists (select 1 from mentor_assignment a where a.mentee_enrollment_id = e.id
                                  and a.status in ('PROPOSED', 'ACTIVE', 'PAUSED'))
                order by c.starts_on, c.id""", p, String.class);
        return new PairingToDo(toAnswer == null ? 0 : toAnswer, cohorts);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Role.Names.EMPLOYEE + "')")
    public MyProgress myProgress() {
        Long employeeId = currentUser.require().employeeId();
        if (employeeId == null) {
            return new MyProgress(Celebration.NONE, null, List.of(), List.of(), new PairingToDo(0, List.of()));
        }
        var p = new MapSqlParameterSource("employee", employeeId);
        LocalDate today = LocalDate.now(clock);
        List<LatestFeedback> feedback = jdbc.query("""
                select concat(author.first_name, ' ', author.last_name), f.created_at, ci.period_number, ci.id, f.body
                from mentor_feedback f join check_in ci on ci.id = f.check_in_id
                join enrollment e on e.id = ci.enrollment_id join cohort c on c.id = e.cohort_id
                join employee author on author.id = f.author_id
                where e.employee_id = :employee and c.status = 'ACTIVE' order by f.created_at desc limit 1""", p, (rs, row) ->
                new LatestFeedback(rs.getString(1), rs.getObject(2, LocalDateTime.class).toLocalDate(), rs.getInt(3),
                        rs.getLong(4), rs.getString(5)));
        List<GoalProgress> goals = jdbc.query("""
                select g.id, g.title, g.goal_type, g.status, g.progress,
                       (select count(*) from milestone m where m.goal_id = g.id and m.done = true) as done,
                       (select count(*) from milestone m where m.goal_id = g.id) as total
                from goal g join enrollment e on e.id = g.enrollment_id join cohort c on c.id = e.cohort_id
                where e.employee_id = :employee and e.side = 'MENTEE' and c.status in ('ENROLLING', 'ACTIVE')
                order by g.id""", p, (rs, row) -> new GoalProgress(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getLong(6), rs.getLong(7)));
        List<MenteeStatus> mentees = jdbc.query("""
                select concat(emp.first_name, ' ', emp.last_name) as name, c.name as cohort,
                       (select max(ci.submitted_at) from check_in ci where ci.enrollment_id = me.id
                          and ci.status in ('SUBMITTED', 'REVIEWED')) as last_submitted,
                       (select count(*) from check_in ci where ci.enrollment_id = me.id
                          and ci.status in ('DUE', 'DRAFT') and ci.due_on < :overdueBefore) as overdue,
                       (select count(*) from check_in ci where ci.enrollment_id = me.id and ci.help_requested = true
                          and ci.help_acknowledged_at is null and ci.status in ('SUBMITTED', 'REVIEWED')) as help
                from mentor_assignment a join enrollment mo on mo.id = a.mentor_enrollment_id
                join enrollment me on me.id = a.mentee_enrollment_id join employee emp on emp.id = me.employee_id
                join cohort c on c.id = a.cohort_id
                where mo.employee_id = :employee and a.status = 'ACTIVE' and c.status = 'ACTIVE'
                order by emp.last_name, emp.first_name""",
                p.addValue("overdueBefore", today.minusDays(CheckInRules.GRACE_DAYS)), (rs, row) -> {
                    LocalDateTime last = rs.getObject("last_submitted", LocalDateTime.class);
                    return new MenteeStatus(rs.getString("name"), rs.getString("cohort"),
                            last == null ? null : last.toLocalDate(), rs.getLong("overdue"), rs.getLong("help") > 0);
                });
        return new MyProgress(celebrations.mine(), feedback.isEmpty() ? null : feedback.getFirst(),
                goals, mentees, pairing(p));
    }
}
