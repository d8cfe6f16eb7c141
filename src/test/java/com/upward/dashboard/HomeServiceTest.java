package com.upward.dashboard;

import com.upward.dashboard.HomeSummaries.Participation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The home figures against the demo data, each checked against a plain count of the same rows. */
@SpringBootTest
@Tag("db")
class HomeServiceTest {

    @Autowired
    HomeService home;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("hr")
    void hrSeesProgramHealthOfTheActiveCohort() {
        var health = home.programHealth();

        assertThat(health.activeCohorts()).isEqualTo(count("select count(*) from cohort where status = 'ACTIVE'"));
        assertThat(health.activeCohorts()).isPositive();
        assertThat(health.activePairs()).isEqualTo(count("""
                select count(*) from mentor_assignment a join cohort c on c.id = a.cohort_id
                where a.status = 'ACTIVE' and c.status = 'ACTIVE'"""));
        assertThat(health.overdueCheckIns()).isEqualTo(jdbc.queryForObject("""
                select count(*) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id
                where c.status = 'ACTIVE' and ci.status in ('DUE', 'DRAFT') and ci.due_on < ?""",
                Long.class, LocalDate.now(clock).minusDays(2)));
        assertThat(health.overdueCheckIns()).isPositive();
        assertThat(health.cohorts()).extracting(HomeSummaries.CohortLine::status)
                .containsExactly("ACTIVE", "ENROLLING");
    }

    @Test
    @WithUserDetails("mentee")
    void menteeSeesOwnParticipationsAndTheOverdueCheckIn() {
        var mine = home.myMentoring();

        assertThat(mine.participations()).extracting(Participation::cohortStatus)
                .containsExactly("ACTIVE", "COMPLETED");
        Participation active = mine.participations().getFirst();
        assertThat(active.side()).isEqualTo("MENTEE");
        assertThat(active.partners()).singleElement().satisfies(mentor -> {
            assertThat(mentor.name()).isEqualTo("Zoë Ødegård");
            assertThat(mentor.email()).isEqualTo(jdbc.queryForObject(
                    "select email from employee where first_name = 'Zoë' and last_name = 'Ødegård'", String.class));
            assertThat(mentor.since()).isEqualTo(jdbc.queryForObject("""
                    select a.starts_on from mentor_assignment a join enrollment e on e.id = a.mentee_enrollment_id
                    join app_user u on u.employee_id = e.employee_id join cohort c on c.id = a.cohort_id
                    where u.username = 'mentee' and c.status = 'ACTIVE' and a.status = 'ACTIVE'""", LocalDate.class));
        });
        assertThat(mine.nextCheckIn()).isNotNull();
        assertThat(mine.nextCheckIn().overdue()).isTrue();
        assertThat(mine.nextCheckIn().dueOn()).isBefore(LocalDate.now(clock).minusDays(2));
    }

    @Test
    @WithUserDetails("mentor")
    void mentorSeesTheirMentees() {
        Participation active = home.myMentoring().participations().stream()
                .filter(p -> p.cohortStatus().equals("ACTIVE")).findFirst().orElseThrow();
        assertThat(active.side()).isEqualTo("MENTOR");
        assertThat(active.partners()).hasSize(3).extracting(HomeSummaries.Partner::name)
                .contains("Łukasz Wiśniewski");
    }

    @Test
    @WithUserDetails("exec")
    void executiveGetsNoProgramHealth() {
        assertThatThrownBy(home::programHealth).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("mentee")
    void employeeIsRefusedProgramHealth() {
        assertThatThrownBy(home::programHealth).isInstanceOf(AuthorizationDeniedException.class);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
