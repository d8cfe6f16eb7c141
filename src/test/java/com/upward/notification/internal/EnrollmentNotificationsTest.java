package com.upward.notification.internal;

import com.upward.directory.Employee;
import com.upward.program.EnrollmentDecided;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentsInvited;
import com.upward.program.ProgramTestData;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.internal.InviteFilter;
import com.upward.security.AppUser;
import com.upward.testsupport.Fixtures;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: people invited in bulk heard nothing. HR invites two people in bulk, then decides; each hears of it in
 * the app and by email unless they turned that email off; once each. Calls the listener with the events the service
 * published: in the app it runs after the step's commit.
 */
@SpringBootTest
@Tag("db")
@Transactional
@RecordApplicationEvents
class EnrollmentNotificationsTest {

    @Autowired
    EnrollmentNotifications listener;
    EnrollmentNotifications notifications;
    @Autowired
    EnrollmentService enrollment;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    ApplicationEvents events;

    long cohort;
    AppUser ada;
    AppUser ben;

    @BeforeEach
    void twoPeopleWithAccounts() {
        notifications = AopTestUtils.getUltimateTargetObject(listener);
        data.signIn("hr");
        cohort = data.enrollingCohort();
        String department = Fixtures.unique("Design");
        ada = account(data.employee(department, 3));
        ben = account(data.employee(department, 4));
    }

    AppUser account(Employee employee) {
        AppUser user = Fixtures.newUser(employee);
        em.persist(user);
        return user;
    }

    List<Map<String, Object>> sent(AppUser to) {
        em.flush();
        return jdbc.queryForList("""
                select n.type, n.title, n.body, n.link, (select count(*) from email_outbox o
                  where o.notification_id = n.id) as emails
                from notification n where n.recipient_id = ? order by n.id""", to.getId());
    }

    @Test
    void aBulkInvitationReachesEveryoneInvitedWithTheLinkToTheirForm() {
        jdbc.update("insert into notification_preference (user_id, type, email_enabled) values (?, ?, false)",
                ben.getId(), NotificationType.ENROLLMENT_INVITED.name());
        String department = jdbc.queryForObject("select department from employee where id = ?", String.class,
                ada.getEmployee().getId());
        assertThat(enrollment.inviteAll(cohort, new InviteFilter(department, null, null, null),
                EnrollmentSide.MENTEE, false)).isEqualTo(2);

        List<EnrollmentsInvited> published = events.stream(EnrollmentsInvited.class).toList();
        assertThat(published).singleElement().satisfies(e -> assertThat(e.enrollmentIds()).hasSize(2));
        published.forEach(notifications::on);
        published.forEach(notifications::on); // a retry sends nothing twice

        String cohortName = jdbc.queryForObject("select name from cohort where id = ?", String.class, cohort);
        for (AppUser person : List.of(ada, ben)) {
            assertThat(sent(person)).singleElement().satisfies(n -> {
                assertThat(n.get("type")).isEqualTo("ENROLLMENT_INVITED");
                assertThat(n.get("title")).isEqualTo("You are invited to " + cohortName);
                assertThat((String) n.get("body")).contains("as a mentee").contains("Open the application form");
                assertThat(n.get("link")).isEqualTo("cohorts/open?application=" + cohort);
            });
        }
        assertThat(sent(ada).getFirst().get("emails")).isEqualTo(1L);
        assertThat(sent(ben).getFirst().get("emails")).as("Ben turned this email off").isEqualTo(0L);
    }

    @Test
    void acceptingWaitlistingAndDecliningEachTellTheirPerson() {
        long adaId = enrollment.invite(cohort, ada.getEmployee().getId(), EnrollmentSide.MENTEE, false);
        long benId = enrollment.invite(cohort, ben.getEmployee().getId(), EnrollmentSide.MENTOR, false);
        data.flushAndClear();
        enrollment.waitlist(adaId, 0);
        enrollment.accept(adaId, 1, true);
        enrollment.decline(benId, 0);

        assertThat(events.stream(EnrollmentDecided.class)).extracting(EnrollmentDecided::decision)
                .extracting(Enum::name).containsExactly("WAITLISTED", "ACCEPTED", "DECLINED");
        events.stream(EnrollmentDecided.class).forEach(notifications::on);

        assertThat(sent(ada)).extracting(n -> n.get("title")).extracting(String.class::cast)
                .satisfiesExactly(
                        title -> assertThat(title).startsWith("You are on the waitlist for "),
                        title -> assertThat(title).startsWith("You are in "));
        assertThat(sent(ben)).singleElement().satisfies(n -> {
            assertThat((String) n.get("title")).startsWith("Your application to ");
            assertThat((String) n.get("body")).contains("you are welcome to apply again");
        });
    }
}
