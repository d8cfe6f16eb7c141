package com.upward.journeys;

import com.upward.testsupport.TestTime;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR creates a cohort in a program, opens enrollment and invites senior engineers as mentors in bulk, who hear of it
 * and find their form; an employee applies as a mentee; HR accepts a mentor who has not answered (knowingly), cannot
 * accept the applicant, a mentee in another running cohort, declines them, and looks at the cohort's overview; the
 * applicant hears of the decision.
 */
class CohortJourneyIT extends JourneyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hrRunsEnrollmentAndAnEmployeeApplies() {
        String cohortName = "Journey cohort " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = TestTime.today();

        // HR creates the cohort in a program and opens enrollment
        Page hr = signedIn("hr");
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programs")).click();
        assertThat(hr).hasURL(url("programs"));
        BrowserSession.screenshot(hr, "programs");
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Engineering Growth Circles")).click();
        assertThat(hr.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Engineering Growth Circles")))
                .isVisible();
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New cohort")).click();
        Locator dialog = hr.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(cohortName);
        dialog.getByLabel("Description").fill("Small circles for engineers; created by the browser journey.");
        fillDate(dialog, "Enrollment opens", today.minusDays(1));
        fillDate(dialog, "Enrollment closes", today.plusDays(14));
        fillDate(dialog, "Starts", today.plusDays(21));
        fillDate(dialog, "Ends", today.plusDays(21).plusWeeks(24));
        assertThat(dialog.locator("vaadin-date-picker[invalid]")).hasCount(0);
        BrowserSession.screenshot(hr, "cohort-new");
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        try {
            assertThat(hr.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(cohortName))).isVisible();
        } finally {
            BrowserSession.screenshot(hr, "cohort-created");
        }
        long cohortId = jdbc.queryForObject("select id from cohort where name = ?", Long.class, cohortName);
        assertThat(hr).hasURL(url("cohorts/" + cohortId));

        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open enrollment")).click();
        confirm(hr, "Open enrollment");
        assertThat(hr.getByText("Enrollment is open.")).isVisible();
        assertThat(hr.locator(".status-badge").first()).hasText("Enrolling");

        // bulk invitation: every engineer from level 6 as a mentor, with the count shown before confirming
        hr.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Participants")).click();
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite in bulk")).click();
        Locator bulk = hr.getByRole(AriaRole.DIALOG);
        bulk.getByLabel("Department").fill("Engineering");
        hr.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Engineering").setExact(true)).click();
        bulk.getByLabel("Level from").fill("6");
        bulk.getByLabel("Level from").press("Tab");
        long seniors = jdbc.queryForObject("select count(*) from employee where department = 'Engineering'"
                + " and job_level >= 6 and active = true", Long.class);
        assertThat(hr.getByText(seniors + " people match and are not in the cohort yet.")).isVisible();
        BrowserSession.screenshot(hr, "cohort-bulk-invite");
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite…")).click();
        confirm(hr, "Invite " + seniors);
        assertThat(hr.getByText(seniors + " people invited as mentors.")).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from enrollment where cohort_id = ? and invited = true",
                Long.class, cohortId)).isEqualTo(seniors);
        hr.context().close();

        // the people invited hear of it (issue 24): the demo mentor3, a senior engineer, opens the invitation
        Page invited = signedIn("mentor3");
        invited.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications")).click();
        invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Open: You are invited to " + cohortName)).click();
        assertThat(invited).hasURL(url("cohorts/open?application=" + cohortId));
        Locator form = invited.getByRole(AriaRole.DIALOG);
        assertThat(form.getByText("HR invited you to this cohort. Complete your answers so they can decide."))
                .isVisible();
        assertThat(form.getByLabel("Skills you can offer")).isVisible();
        BrowserSession.screenshot(invited, "invitation-form");
        assertThat(jdbc.queryForObject("""
                select count(*) from email_outbox o join notification n on n.id = o.notification_id
                where n.type = 'ENROLLMENT_INVITED' and n.link = ?""", Long.class, "cohorts/open?application=" + cohortId))
                .as("an email to each invited person with an account").isPositive();
        invited.context().close();

        // an employee applies as a mentee
        Page employee = signedIn("mentee2");
        employee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open cohorts")).click();
        Locator card = employee.locator(".open-cohort").filter(new Locator.FilterOptions().setHasText(cohortName));
        assertThat(card).isVisible();
        BrowserSession.screenshot(employee, "open-cohorts");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply as mentee")).click();
        Locator application = employee.getByRole(AriaRole.DIALOG);
        Locator topics = application.getByLabel("Focus areas");
        topics.fill("giving feedback");
        topics.press("Enter");
        application.getByLabel("What do you want to learn?")
                .fill("How to recover calmly when a launch goes wrong, and what to tell the team.");
        application.getByLabel("Availability").fill("Tuesday mornings");
        application.getByLabel("Language wishes").fill("English");
        BrowserSession.screenshot(employee, "application-form");
        employee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application")).click();
        assertThat(employee.getByText("Application sent. HR will let you know.")).isVisible();
        assertThat(card.getByText("Your application: mentee, applied.")).isVisible();
        assertThat(employee.locator("vaadin-grid-cell-content").getByText(cohortName)).isVisible();
        BrowserSession.screenshot(employee, "open-cohorts-applied");
        String applicant = jdbc.queryForObject("select concat(e.first_name, ' ', e.last_name) from enrollment n"
                + " join employee e on e.id = n.employee_id where n.cohort_id = ? and n.side = 'MENTEE'",
                String.class, cohortId);
        assertThat(jdbc.queryForList("select topic from enrollment_topic t join enrollment n on n.id = t.enrollment_id"
                + " where n.cohort_id = ? and n.side = 'MENTEE'", String.class, cohortId))
                .singleElement().satisfies(topic -> assertThat(topic).isEqualToIgnoringCase("giving feedback"));
        employee.context().close();

        // HR accepts the application and a mentor, then looks at the figures
        hr = signedIn("hr");
        hr.navigate(url("cohorts/" + cohortId));
        hr.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Participants")).click();
        String mentor = jdbc.queryForObject("select min(concat(e.first_name, ' ', e.last_name)) from enrollment n"
                + " join employee e on e.id = n.employee_id where n.cohort_id = ? and n.side = 'MENTOR'",
                String.class, cohortId);
        // invited in bulk, the mentor has not answered yet: accepting them is a choice HR makes knowingly
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept " + mentor)).click();
        assertThat(hr.locator("vaadin-confirm-dialog[opened]")).containsText(mentor
                + " has not answered the application yet.");
        BrowserSession.screenshot(hr, "accept-without-answers");
        confirm(hr, "Accept anyway");
        assertThat(hr.getByText(mentor + " is accepted.")).isVisible();
        // the applicant is a mentee in a running cohort already, and this program allows one at a time (issue 24)
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept " + applicant)).click();
        assertThat(hr.getByText(applicant + " is already a mentee in ")).isVisible();
        assertThat(hr.getByText("This program lets a mentee take part in one running cohort at a time.")
                .first()).isVisible();
        BrowserSession.screenshot(hr, "accept-second-running-cohort");
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline " + applicant)).click();
        confirm(hr, "Decline");
        assertThat(hr.getByText(applicant + "'s application is declined.")).isVisible();
        assertThat(hr.locator(".capacity")).containsText("Mentor capacity: 1 accepted mentor × 3 = 3 places; "
                + "0 mentees accepted (3 free)");
        BrowserSession.screenshot(hr, "cohort-participants");
        hr.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Overview")).click();
        assertThat(hr.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Accepted mentors: 1")))
                .isVisible();
        BrowserSession.screenshot(hr, "cohort-overview");
        assertThat(jdbc.queryForObject("select count(*) from enrollment where cohort_id = ? and status = 'ACCEPTED'",
                Long.class, cohortId)).isEqualTo(1);

        // the other invited mentors in one go: filtered, each ticked, one confirmation, one message (issue 24)
        hr.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Participants")).click();
        hr.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).click();
        hr.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Applied").setExact(true)).click();
        long invitedLeft = seniors - 1;
        // the table is paged from the server, so it offers a box per row, not "Select All"
        Locator rowBoxes = hr.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select Row"));
        assertThat(rowBoxes).hasCount((int) invitedLeft);
        for (int i = 0; i < invitedLeft; i++) {
            rowBoxes.nth(i).click();
        }
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept " + invitedLeft)).click();
        assertThat(hr.locator("vaadin-confirm-dialog[opened]")).containsText("of them have not answered yet");
        BrowserSession.screenshot(hr, "bulk-accept");
        confirm(hr, "Accept " + invitedLeft);
        assertThat(hr.getByText(invitedLeft + " people accepted.")).hasCount(1);
        assertThat(jdbc.queryForObject("select count(*) from enrollment where cohort_id = ? and status = 'ACCEPTED'",
                Long.class, cohortId)).isEqualTo(seniors);
        hr.context().close();

        // and the applicant hears of HR's decision
        employee = signedIn("mentee2");
        employee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications")).click();
        assertThat(employee.getByText("Your application to " + cohortName)).isVisible();
        BrowserSession.screenshot(employee, "notification-declined");
        employee.context().close();
    }

    /** Clicks the confirming button of the open confirmation dialog, once it has finished opening. */
    private static void confirm(Page page, String button) {
        Locator confirm = page.locator("vaadin-confirm-dialog[opened] vaadin-button[slot='confirm-button']");
        assertThat(confirm).hasText(button);
        confirm.click();
    }

    private static void fillDate(Locator dialog, String label, LocalDate date) {
        Locator input = dialog.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
        input.click();
        input.pressSequentially(date.toString());
        input.press("Enter");
        // typed as ISO, shown as the browser's locale (en-US) writes dates
        assertThat(input).hasValue(date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear());
    }

}
