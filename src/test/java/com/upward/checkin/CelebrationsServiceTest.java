package com.upward.checkin;

import com.upward.program.ProgramTestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo mentee's "celebrate" figures, in SQL over every cohort they were in. */
@SpringBootTest
@Tag("db")
@Transactional
class CelebrationsServiceTest {

    @Autowired
    Celebrations celebrations;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theWinsAreEverySubmittedCheckInWithAWinInEveryCohort() {
        data.signIn("mentee");
        String mine = """
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort c on c.id = e.cohort_id
                join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and ci.status in ('SUBMITTED', 'REVIEWED') and ci.wins is not null""";
        long everywhere = jdbc.queryForObject("select count(*) " + mine, Long.class);
        long running = jdbc.queryForObject("select count(*) " + mine + " and c.status = 'ACTIVE'", Long.class);
        assertThat(running).as("the demo mentee also has wins in a completed cohort").isLessThan(everywhere);
        assertThat(celebrations.mine().wins()).isEqualTo(everywhere);
    }
}
