package com.upward.dashboard.ui;

import com.upward.checkin.DemoCheckIns;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The employee's home: one click to the next check-in, a progress bar per goal, no HR or executive figures. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class WhatsNextTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMenteeStartsTheNextCheckInInOneClick() {
        data.signIn("mentee");
        navigate(HomeView.class);
        WhatsNext next = $(WhatsNext.class).single();
        long due = jdbc.queryForObject("""
                select ci.id from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and ci.status in ('DUE', 'DRAFT')
                order by ci.due_on limit 1""", Long.class);
        assertThat($(ProgressBar.class).all()).isNotEmpty();
        assertThat($(ExecutiveOutcomes.class).all()).isEmpty();
        assertThat($(PairsNeedingAttention.class).all()).isEmpty();

        test(next.startCheckIn).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("checkins/" + due);
        assertThat(DemoCheckIns.of(jdbc, "mentee", "DRAFT")).isPositive();
    }
}
