package com.upward.checkin.internal;

import com.upward.checkin.CheckInRules.State;
import com.upward.checkin.internal.MentorModels.CheckInLine;
import com.upward.checkin.internal.CheckInModels.CheckInRow;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.TestTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due dates and "overdue" follow one calendar, the program's, whatever zone the mentee and the mentor live in
 * (issue 25). The mentee is in Tokyo (UTC+9) and the mentor in Cape Verde (UTC−1): ten hours apart, with no daylight
 * saving to move it. Around the moment the program's day turns (whatever zone the run's clock is in, so their own
 * calendars may say otherwise), neither sees the check-in overdue an hour before, and both do an hour after.
 */
@SpringBootTest
@Tag("db")
@Transactional
class DueDatesAcrossTimeZonesTest {

    private static final ZoneId MENTEE_ZONE = ZoneId.of("Asia/Tokyo");
    private static final ZoneId MENTOR_ZONE = ZoneId.of("Atlantic/Cape_Verde");

    @Autowired
    CheckInService checkIns;
    @Autowired
    MentorCheckInService mentorCheckIns;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMenteeAndAMentorTenHoursApartSeeTheSameDueDateAndTheSameMomentItTurnsOverdue() {
        jdbc.update("update employee set time_zone = ? where id = (select employee_id from app_user"
                + " where username = 'mentee')", MENTEE_ZONE.getId());
        jdbc.update("update employee set time_zone = ? where id = (select employee_id from app_user"
                + " where username = 'mentor')", MENTOR_ZONE.getId());
        long checkIn = jdbc.queryForObject("""
                select min(ci.id) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and ci.status in ('DUE', 'DRAFT')
                and ci.due_on > ?""", Long.class, data.today().plusDays(2));
        LocalDate dueOn = jdbc.queryForObject("select due_on from check_in where id = ?", LocalDate.class, checkIn);

        // the last hour of the last grace day, in the program's calendar
        var lastHour = dueOn.plusDays(3).atStartOfDay(TestTime.zone()).minusHours(1).toInstant();
        TestTime.clock().setTo(lastHour);

        assertThat(menteeSees(checkIn).dueOn()).isEqualTo(dueOn);
        assertThat(menteeSees(checkIn).state()).isNotEqualTo(State.OVERDUE);
        assertThat(mentorSees(checkIn).dueOn()).isEqualTo(dueOn);
        assertThat(mentorSees(checkIn).state()).isNotEqualTo(State.OVERDUE);

        TestTime.clock().advance(Duration.ofHours(2));
        assertThat(menteeSees(checkIn).state()).isEqualTo(State.OVERDUE);
        assertThat(mentorSees(checkIn).state()).isEqualTo(State.OVERDUE);
    }

    private CheckInRow menteeSees(long checkIn) {
        data.signIn("mentee");
        return checkIns.myCheckIns().stream().filter(row -> row.id() == checkIn).findFirst().orElseThrow();
    }

    private CheckInLine mentorSees(long checkIn) {
        data.signIn("mentor");
        return mentorCheckIns.myMentees().stream().flatMap(mentee -> mentee.checkIns().stream())
                .filter(line -> line.id() == checkIn).findFirst().orElseThrow();
    }
}
