package com.upward.dashboard;

import com.upward.checkin.Celebrations;
import com.upward.dashboard.EmployeeHomeService.GoalProgress;
import com.upward.dashboard.EmployeeHomeService.MenteeStatus;
import com.upward.dashboard.EmployeeHomeService.MyProgress;
import com.upward.program.ProgramTestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The employee's own progress on the home page, for the demo mentee and mentor. */
@SpringBootTest
@Tag("db")
@Transactional
class EmployeeHomeServiceTest {

    @Autowired
    EmployeeHomeService home;
    @Autowired
    Celebrations celebrations;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMenteeSeesTheirWinsGoalsAndLatestFeedback() {
        data.signIn("mentee");
        MyProgress mine = home.myProgress();
        assertThat(mine.celebration()).as("the journal's figures: one definition").isEqualTo(celebrations.mine());
        assertThat(mine.celebration().wins()).isPositive();
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
}
