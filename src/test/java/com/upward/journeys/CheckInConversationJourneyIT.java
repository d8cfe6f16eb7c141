package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The mentee answers their mentor's feedback on a check-in; the mentor hears of it, reads it on the check-in and
 * replies; the mentee sees the reply. HR cannot open the mentor's page of that check-in.
 */
class CheckInConversationJourneyIT extends JourneyTest {

    @Test
    void aMenteeRepliesToFeedbackAndTheMentorAnswers() {
        long checkIn = journeyJdbc.queryForObject("""
                select ci.id from check_in ci join enrollment e on e.id = ci.enrollment_id
                join app_user u on u.employee_id = e.employee_id
                join mentor_assignment a on a.mentee_enrollment_id = e.id and a.status = 'ACTIVE'
                where u.username = 'mentee' and ci.status = 'REVIEWED' order by ci.id desc limit 1""", Long.class);
        String menteeName = journeyJdbc.queryForObject("""
                select concat(emp.first_name, ' ', emp.last_name) from app_user u join employee emp
                on emp.id = u.employee_id where u.username = 'mentee'""", String.class);

        Page mentee = signedIn("mentee");
        mentee.navigate(url("checkins/" + checkIn));
        assertThat(mentee.locator(".checkin-feedback")).isVisible();
        assertThat(mentee.getByText("No messages yet. Ask your mentor about their feedback")).isVisible();
        mentee.getByLabel("Your message").fill("Thank you! I will try the pairing idea. Who should I ask first?");
        mentee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message")).click();
        assertThat(mentee.locator(".conversation-message.mine"))
                .containsText("Thank you! I will try the pairing idea.");
        assertThat(mentee.getByLabel("Your message")).hasValue("");
        BrowserSession.screenshot(mentee, "conversation-mentee");

        // the mentor is told, and answers on the check-in
        Page mentor = signedIn("mentor");
        mentor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications")).click();
        mentor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Open: " + menteeName + " wrote on a check-in")).first().click();
        assertThat(mentor).hasURL(url("mentees/checkins/" + checkIn));
        assertThat(mentor.locator(".conversation-message.theirs"))
                .containsText("Who should I ask first?");
        mentor.getByLabel("Your message").fill("Start with Sam from the platform team.");
        mentor.getByLabel("Your message").press("Control+Enter");
        assertThat(mentor.locator(".conversation-message.mine")).containsText("Start with Sam");
        BrowserSession.screenshot(mentor, "conversation-mentor");
        mentor.context().close();

        mentee.reload();
        assertThat(mentee.locator(".conversation-message.theirs")).containsText("Start with Sam");
        mentee.context().close();

        // HR never reads it
        Page hr = signedIn("hr");
        hr.navigate(url("mentees/checkins/" + checkIn));
        assertThat(hr.getByText("Start with Sam")).hasCount(0);
        hr.context().close();
    }
}
