package com.upward.dashboard;

import com.upward.dashboard.EmployeeHomeService.GoalProgress;
import com.upward.dashboard.EmployeeHomeService.MenteeStatus;
import com.upward.dashboard.EmployeeHomeService.MyProgress;
import com.upward.dashboard.EmployeeHomeService.StreakEntry;
import com.upward.program.ProgramTestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The employee's own progress on the home page, for the demo mentee and mentor; and the on-time streak rule. */
@SpringBootTest
@Tag("db")
@Transactional
class EmployeeHomeServiceTest {

    @Autowired
    EmployeeHomeService home;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMenteeSeesTheirWinsGoalsAndLatestFeedback() {
        data.signIn("mentee");
        MyProgress mine = home.myProgress();
        long wins = jdbc.queryForObject("""
                select count(*) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and ci.status in ('SUBMITTED', 'REVIEWED')
                and ci.wins is not null""", Long.class);
        assertThat(mine.wins()).isEqualTo(wins).isPositive();
        List<String> goals = jdbc.queryForList("""
                select g.title from goal g join enrollment e on e.id = g.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' order by g.id""", String.class);
        assertThat(mine.goals()).extracting(GoalProgress::title).containsExactlyElementsOf(goals);
        assertThat(mine.latestFeedback()).isNotNull();
        assertThat(mine.latestFeedback().mentorName()).isEqualTo("Zoë Ødegård");
        assertThat(mine.mentees()).isEmpty();
    }

    @Test
    void theMentorSeesEachActiveMenteesDatesAndFlags() {
        data.signIn("mentor");
        List<String> mentees = jdbc.queryForList("""
                select concat(emp.first_name, ' ', emp.last_name) from mentor_assignment a
                join enrollment mo on mo.id = a.mentor_enrollment_id join enrollment me on me.id = a.mentee_enrollment_id
                join employee emp on emp.id = me.employee_id join cohort c on c.id = a.cohort_id
                join app_user u on u.employee_id = mo.employee_id
                where u.username = 'mentor' and a.status = 'ACTIVE' and c.status = 'ACTIVE'
                order by emp.last_name, emp.first_name""", String.class);
        assertThat(home.myProgress().mentees()).extracting(MenteeStatus::name).containsExactlyElementsOf(mentees)
                .isNotEmpty();
    }

    @Test
    void theStreakCountsOnTimeCheckInsBackFromTheLatestAndSkipsOneStillInItsGraceDays() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        List<StreakEntry> newestFirst = List.of(
                new StreakEntry(LocalDate.of(2026, 11, 30), false, null),          // still in its grace days
                new StreakEntry(LocalDate.of(2026, 11, 16), true, LocalDate.of(2026, 11, 18)),  // on time (+2)
                new StreakEntry(LocalDate.of(2026, 11, 2), true, LocalDate.of(2026, 11, 2)),
                new StreakEntry(LocalDate.of(2026, 10, 19), true, LocalDate.of(2026, 10, 22)),  // late: ends it
                new StreakEntry(LocalDate.of(2026, 10, 5), true, LocalDate.of(2026, 10, 5)));
        assertThat(EmployeeHomeService.onTimeStreak(newestFirst, today)).isEqualTo(2);
        assertThat(EmployeeHomeService.onTimeStreak(List.of(
                new StreakEntry(LocalDate.of(2026, 11, 20), false, null)), today)).isZero();
    }
}
