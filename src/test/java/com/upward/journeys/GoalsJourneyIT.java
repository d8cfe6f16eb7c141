package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The goals page's markup controls in Chromium: add milestones from the keyboard, tick one off, read comments. */
class GoalsJourneyIT extends JourneyTest {

    @Test
    void aMenteeAddsMilestonesTicksOneOffAndOpensTheComments() {
        Page mentee = signedIn("mentee");
        mentee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My goals")).click();
        var goal = mentee.locator(".goal-card").first();
        String title = goal.locator("h3").innerText();
        long goalId = journeyJdbc.queryForObject("""
                select g.id from goal g join enrollment e on e.id = g.enrollment_id join cohort c on c.id = e.cohort_id
                join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and g.title = ?""", Long.class, title);
        int before = journeyJdbc.queryForObject("select count(*) from milestone where goal_id = ?", Integer.class,
                goalId);
        // as a check-in leaves it when the mentee moves the slider (issue 24)
        journeyJdbc.update("update goal set progress = 70, progress_by_hand = true, status = 'IN_PROGRESS'"
                + " where id = ?", goalId);
        mentee.reload();

        goal.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Add a milestone to " + title)).click();
        var field = mentee.getByLabel("New milestone for " + title);
        assertThat(field).isFocused();
        field.fill("First step from the journey");
        field.press("Enter");
        assertThat(mentee.getByText("Milestone added.")).isVisible();
        // the field is open again for the next step, with the focus in it
        assertThat(mentee.getByLabel("New milestone for " + title)).isFocused();
        mentee.getByLabel("New milestone for " + title).fill("Second step from the journey");
        mentee.getByLabel("New milestone for " + title).press("Enter");
        assertThat(mentee.locator("vaadin-checkbox[label='Second step from the journey']")).isVisible();
        assertThat(journeyJdbc.queryForObject("select count(*) from milestone where goal_id = ?", Integer.class,
                goalId)).isEqualTo(before + 2);

        mentee.locator("vaadin-checkbox[label='First step from the journey']").click();
        assertThat(mentee.getByText("Milestone done: First step from the journey.")).isVisible();
        assertThat(journeyJdbc.queryForObject("select done from milestone where goal_id = ? and title = ?",
                Boolean.class, goalId, "First step from the journey")).isTrue();

        // set by hand, the progress stays where the mentee put it, until they let it follow the milestones again
        var card = mentee.locator(".goal-card").first();
        assertThat(card.getByText("Progress set by hand in a check-in.")).isVisible();
        assertThat(card.locator(".goal-facts")).containsText("70% ·");
        card.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Let the progress of " + title + " follow its milestones")).click();
        assertThat(mentee.getByText("Progress follows the milestones again.")).isVisible();
        assertThat(card.getByText("Progress follows the milestones done.")).isVisible();
        long share = journeyJdbc.queryForObject("select round(100.0 * sum(case when done then 1 else 0 end) / count(*))"
                + " from milestone where goal_id = ?", Long.class, goalId);
        assertThat(card.locator(".goal-facts")).containsText(share + "% ·");

        var comments = mentee.locator(".goal-card").first().locator("[data-action=comments]");
        assertThat(comments).hasAttribute("aria-expanded", "false");
        comments.click();
        assertThat(mentee.getByLabel("Comment on " + title)).isVisible();
        assertThat(mentee.locator(".goal-card").first().locator("[data-action=comments]"))
                .hasAttribute("aria-expanded", "true");
        BrowserSession.screenshot(mentee, "goals");
        mentee.context().close();
    }
}
