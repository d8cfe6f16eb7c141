package com.upward.program;

import com.upward.program.Participation.Sides;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The sides the demo people have taken, which decide what their menu offers (issue 24). */
@SpringBootTest
@Tag("db")
class ParticipationTest {

    @Autowired
    Participation participation;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    private Sides inTheDatabase(String username) {
        var sides = jdbc.queryForList("""
                select distinct e.side from enrollment e join app_user u on u.employee_id = e.employee_id
                where u.username = ? and e.status in ('ACCEPTED', 'COMPLETED')""", String.class, username);
        return new Sides(sides.contains("MENTEE"), sides.contains("MENTOR"));
    }

    @Test
    void theDemoMenteeIsAMenteeOnly() {
        data.signIn("mentee");
        assertThat(participation.mine()).isEqualTo(new Sides(true, false)).isEqualTo(inTheDatabase("mentee"));
    }

    @Test
    void theDemoMentorHasMentoredAndTheExecutiveIsInNoCohort() {
        data.signIn("mentor");
        assertThat(participation.mine().mentor()).isTrue();
        assertThat(participation.mine()).isEqualTo(inTheDatabase("mentor"));
        data.signIn("exec");
        assertThat(participation.mine()).isEqualTo(Sides.NONE);
    }
}
