package com.upward.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.upward.directory.Employee;
import com.upward.program.Cohort;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24's pairing options in the browser, each in a new enrolling cohort of its own: HR asks mentor and mentee to
 * accept their pair, a mentor declines with a reason that HR then reads on the board, and the next pair is accepted
 * by both; and a mentee chooses a mentor with room, whose acceptance starts the pair.
 */
class PairingJourneyIT extends JourneyTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate transactions;

    private final List<Long> cohorts = new ArrayList<>();

    /** The journey's cohorts end, so that no other journey meets their people in two running cohorts. */
    @AfterEach
    void cancelTheJourneysCohorts() {
        cohorts.forEach(id -> jdbc.update("update cohort set status = 'CANCELLED' where id = ?", id));
    }

    /** A new enrolling cohort (the mentors' pairs elsewhere do not count here) with these accepted people. */
    long cohortWith(List<String> mentors, List<String> mentees) {
        long id = transactions.execute(status -> {
            data.signIn("hr");
            long cohort = data.enrollingCohort();
            em.find(Cohort.class, cohort).getProgram().setMentorCapacityAcrossCohorts(false);
            mentors.forEach(u -> data.enrollment(cohort, employee(u), EnrollmentSide.MENTOR,
                    EnrollmentStatus.ACCEPTED));
            mentees.forEach(u -> data.enrollment(cohort, employee(u), EnrollmentSide.MENTEE,
                    EnrollmentStatus.ACCEPTED));
            return cohort;
        });
        SecurityContextHolder.clearContext();
        cohorts.add(id);
        return id;
    }

    Employee employee(String username) {
        return em.find(Employee.class, jdbc.queryForObject("select employee_id from app_user where username = ?",
                Long.class, username));
    }

    String name(String username) {
        return jdbc.queryForObject("""
                select concat(e.first_name, ' ', e.last_name) from employee e join app_user u on u.employee_id = e.id
                where u.username = ?""", String.class, username);
    }

    String pairStatus(long cohort, String mentee) {
        return jdbc.queryForObject("""
                select a.status from mentor_assignment a join enrollment e on e.id = a.mentee_enrollment_id
                join app_user u on u.employee_id = e.employee_id
                where a.cohort_id = ? and u.username = ? order by a.id desc limit 1""", String.class, cohort, mentee);
    }

    @Test
    void aMentorDeclinesWithAReasonHrReadsAndTheNextPairIsAcceptedByBoth() {
        long cohort = cohortWith(List.of("mentor2", "mentor3"), List.of("mentee2"));
        String mentee = name("mentee2");
        String declining = name("mentor2");
        String accepting = name("mentor3");

        // HR asks for acceptance, then proposes the first pair by hand
        Page hr = signedIn("hr");
        hr.navigate(url("cohorts/" + cohort + "/matching"));
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pairing options")).click();
        hr.getByText("Mentor and mentee accept each pair before it starts").click();
        BrowserSession.screenshot(hr, "pairing-options");
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save options")).click();
        assertThat(hr.getByText("Pairs start once mentor and mentee accept.")).isVisible();
        proposeByHand(hr, mentee, declining);
        assertThat(pairStatus(cohort, "mentee2")).isEqualTo("PROPOSED");

        // the mentor hears of it on the home page, and declines with a reason
        Page mentor = signedIn("mentor2");
        mentor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer")).click();
        assertThat(mentor.getByText("Proposed mentee: " + mentee)).isVisible();
        BrowserSession.screenshot(mentor, "pairing-proposal-for-the-mentor");
        mentor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline the pair with " + mentee))
                .click();
        Locator dialog = mentor.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decline").setExact(true)).click();
        assertThat(dialog.getByText("Say why, in a few words.")).isVisible();
        mentor.getByLabel("Reason").fill("I already mentor two people from Marketing this year");
        BrowserSession.screenshot(mentor, "pairing-decline-reason");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decline").setExact(true)).click();
        assertThat(mentor.getByText("You declined the pair with " + mentee + ". HR is told why.")).isVisible();
        assertThat(pairStatus(cohort, "mentee2")).isEqualTo("DECLINED");
        mentor.context().close();

        // HR sees the mentee back on the board with the reason, and proposes another mentor
        hr.navigate(url("cohorts/" + cohort + "/matching"));
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show suggestions for " + mentee)).click();
        assertThat(hr.getByText("Declined by the mentor: I already mentor two people from Marketing this year"))
                .isVisible();
        BrowserSession.screenshot(hr, "pairing-decline-on-the-board");
        proposeByHand(hr, mentee, accepting);

        // both accept: the pair runs
        Page menteePage = signedIn("mentee2");
        menteePage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer")).click();
        menteePage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the pair with " + accepting))
                .click();
        assertThat(menteePage.getByText("You accepted. Waiting for " + accepting + " to answer.").first())
                .isVisible();
        menteePage.context().close();
        Page second = signedIn("mentor3");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer")).click();
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the pair with " + mentee))
                .click();
        assertThat(second.getByText("You accepted. The pair with " + mentee + " starts now.")).isVisible();
        assertThat(pairStatus(cohort, "mentee2")).isEqualTo("ACTIVE");
        second.context().close();

        hr.navigate(url("cohorts/" + cohort + "/matching"));
        hr.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
        assertThat(hr.locator("vaadin-grid-cell-content").getByText("Declined", new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        BrowserSession.screenshot(hr, "pairing-history");
        hr.context().close();
    }

    @Test
    void aMenteeChoosesAMentorWithRoomAndTheMentorAccepts() {
        long cohort = cohortWith(List.of("mentor2"), List.of("mentee2"));
        Page hr = signedIn("hr");
        hr.navigate(url("cohorts/" + cohort + "/matching"));
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pairing options")).click();
        hr.getByText("Mentees may choose a mentor with room").click();
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save options")).click();
        assertThat(hr.getByText("Mentees may choose a mentor with room.")).isVisible();
        hr.context().close();
        String mentor = name("mentor2");

        Page mentee = signedIn("mentee2");
        mentee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose a mentor")).click();
        Locator card = mentee.locator(".pairing-card").filter(new Locator.FilterOptions().setHasText(mentor));
        assertThat(card.getByText("3 places left")).isVisible();
        card.getByText("Why this fit").click();
        assertThat(card.getByText("Focus areas vs skills")).isVisible();
        BrowserSession.screenshot(mentee, "pairing-choose-a-mentor");
        mentee.setViewportSize(390, 844);
        BrowserSession.screenshot(mentee, "pairing-choose-a-mentor-phone");
        mentee.setViewportSize(1280, 800);
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask " + mentor)).click();
        mentee.getByLabel("Note").fill("I would like to learn how you plan a launch.");
        mentee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        assertThat(mentee.getByText("You asked " + mentor)).isVisible();
        assertThat(pairStatus(cohort, "mentee2")).isEqualTo("PROPOSED");
        mentee.context().close();

        Page mentorPage = signedIn("mentor2");
        mentorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer")).click();
        String menteeName = name("mentee2");
        assertThat(mentorPage.getByText(menteeName + " asks you to be their mentor")).isVisible();
        BrowserSession.screenshot(mentorPage, "pairing-request-for-the-mentor");
        mentorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the pair with " + menteeName))
                .click();
        assertThat(mentorPage.getByText("You accepted. The pair with " + menteeName + " starts now.")).isVisible();
        assertThat(pairStatus(cohort, "mentee2")).isEqualTo("ACTIVE");
        mentorPage.context().close();
    }

    /** Assigns the mentor from the mentee's suggestions; the toast says the pair is proposed. */
    private void proposeByHand(Page hr, String mentee, String mentor) {
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show suggestions for " + mentee)).click();
        assertThat(hr.getByText("Best mentors for " + mentee)).isVisible();
        // the first card opens its score breakdown, which moves the cards below it: let it settle
        hr.waitForLoadState(LoadState.NETWORKIDLE);
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign " + mentor + " to " + mentee))
                .click();
        try {
            assertThat(hr.getByText(mentor + " is proposed as " + mentee + "'s mentor. The pair starts once both "
                    + "accept.")).isVisible();
        } finally {
            BrowserSession.screenshot(hr, "pairing-proposed-" + mentor.replace(' ', '-'));
        }
    }
}
