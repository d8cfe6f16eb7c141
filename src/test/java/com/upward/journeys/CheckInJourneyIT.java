package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mentee writes and submits a check-in with a setback and a lesson; their mentor reads it and gives
 * feedback; the mentee sees the feedback on the check-in and the lesson in the lessons journal.
 */
class CheckInJourneyIT extends JourneyTest {

    static final String SETBACK = "The load test failed twice and I kept quiet about it for a week.";
    static final String LESSON = "Say it on day one: people help faster than I expect.";
    static final String FEEDBACK = "Thank you for writing this down. Next time ping me the same day.";

    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCheckInWithASetbackAndALessonIsReviewedByTheMentor() {
        long checkInId = jdbc.queryForObject("""
                select min(ci.id) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and ci.status = 'DRAFT'""", Long.class);
        int period = jdbc.queryForObject("select period_number from check_in where id = ?", Integer.class, checkInId);

        // the mentee continues the draft and submits it
        Page mentee = signedIn("mentee");
        mentee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My check-ins")).click();
        mentee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue: period " + period)).click();
        assertThat(mentee).hasURL(url("checkins/" + checkInId));
        mentee.getByLabel("Setbacks", EXACT).fill(SETBACK);
        mentee.getByLabel("Lessons", EXACT).fill("");
        mentee.getByLabel("Lessons", EXACT).press("Tab");
        assertThat(mentee.getByText("You wrote down a setback: what did it teach you?")).isVisible();
        mentee.getByLabel("Lessons", EXACT).fill(LESSON);
        mentee.getByLabel("Lessons", EXACT).press("Tab");
        mentee.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4")).check();
        // the first goal's status (a drop-down of fixed options) and its setback box
        var firstGoal = mentee.locator(".goal-progress").first();
        firstGoal.locator("vaadin-select").click();
        mentee.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("At risk")).click();
        firstGoal.getByText("This period's setback concerns this goal").click();
        // its progress slider, from the keyboard: the percentage follows in the browser
        var slider = firstGoal.getByRole(AriaRole.SLIDER);
        slider.focus();
        slider.press("Home");
        slider.press("ArrowRight");
        slider.press("ArrowRight");
        assertThat(firstGoal.locator(".goal-progress-value")).hasText("10%");
        BrowserSession.screenshot(mentee, "checkin-form");
        mentee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(mentee.getByText("Check-in submitted.")).isVisible();
        assertThat(mentee).hasURL(url("checkins"));
        BrowserSession.screenshot(mentee, "checkins-list");
        assertThat(jdbc.queryForObject("select lessons from check_in where id = ?", String.class, checkInId))
                .isEqualTo(LESSON);
        assertThat(jdbc.queryForObject("select confidence from check_in where id = ?", Integer.class, checkInId))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from check_in_goal_update where check_in_id = ?"
                + " and status = 'AT_RISK' and setback = true and progress = 10", Integer.class, checkInId))
                .isEqualTo(1);
        mentee.context().close();

        // the mentor reads it and gives feedback
        Page mentor = signedIn("mentor");
        mentor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My mentees")).click();
        mentor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Read period " + period + " of Łukasz Wiśniewski")).click();
        assertThat(mentor.getByText(SETBACK)).isVisible();
        assertThat(mentor.getByText(LESSON)).isVisible();
        mentor.getByLabel("Your feedback").fill(FEEDBACK);
        BrowserSession.screenshot(mentor, "checkin-mentor-review");
        mentor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send feedback")).click();
        assertThat(mentor.getByText("Feedback sent.")).isVisible();
        mentor.context().close();
        assertThat(jdbc.queryForObject("select status from check_in where id = ?", String.class, checkInId))
                .isEqualTo("REVIEWED");

        // the mentee sees the feedback
        mentee = signedIn("mentee");
        mentee.navigate(url("checkins"));
        mentee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View feedback: period " + period))
                .click();
        assertThat(mentee.getByText(FEEDBACK)).isVisible();
        assertThat(mentee.getByText("Feedback from Zoë Ødegård")).isVisible();
        // a reviewed check-in is read-only: its choices are drawn as they were sent, and cannot change
        assertThat(mentee.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4"))).isChecked();
        assertThat(mentee.locator("vaadin-radio-group").first()).hasAttribute("readonly", "");
        mentee.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("2"))
                .click(new com.microsoft.playwright.Locator.ClickOptions().setForce(true));
        assertThat(mentee.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4"))).isChecked();
        BrowserSession.screenshot(mentee, "checkin-feedback");

        // and finds the lesson in the journal
        mentee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lessons journal")).click();
        assertThat(mentee.getByText(LESSON)).isVisible();
        // words of this lesson only (a demo lesson says "day one" too, on some dates)
        mentee.getByLabel("Search").fill("help faster than I expect");
        assertThat(mentee.locator(".journal-entry")).hasCount(1);
        BrowserSession.screenshot(mentee, "journal");
        mentee.context().close();
    }
}
