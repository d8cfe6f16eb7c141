package com.upward.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR opens the matching board of the demo cohort that is enrolling, looks at one mentee's suggestions, runs
 * auto-match, asks for an even spread of mentees across mentors and sees the new preview, accepts it, and rematches
 * one pair with a reason that the history keeps.
 */
class MatchingJourneyIT extends JourneyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hrAutoMatchesACohortAndRematchesOnePair() {
        long cohortId = jdbc.queryForObject("select min(id) from cohort where status = 'ENROLLING'", Long.class);
        String cohortName = jdbc.queryForObject("select name from cohort where id = ?", String.class, cohortId);
        long waiting = jdbc.queryForObject("""
                select count(*) from enrollment e where e.cohort_id = ? and e.side = 'MENTEE' and e.status = 'ACCEPTED'
                and not exists (select 1 from mentor_assignment a where a.mentee_enrollment_id = e.id
                                and a.status in ('ACTIVE', 'PAUSED'))""", Long.class, cohortId);
        assertThat(waiting).isPositive();

        // from the cohort page's Pairs tab to the board
        Page hr = signedIn("hr");
        hr.navigate(url("cohorts/" + cohortId));
        hr.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Pairs")).click();
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the matching board")).click();
        assertThat(hr).hasURL(url("cohorts/" + cohortId + "/matching"));
        assertThat(hr.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Matching board · " + cohortName))).isVisible();
        assertThat(hr.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                .setName("Mentees without a mentor: " + waiting))).isVisible();

        // one mentee's suggestions, each score explained
        String first = jdbc.queryForObject("""
                select concat(emp.first_name, ' ', emp.last_name) from enrollment e
                join employee emp on emp.id = e.employee_id
                where e.cohort_id = ? and e.side = 'MENTEE' and e.status = 'ACCEPTED'
                order by emp.last_name, emp.first_name limit 1""", String.class, cohortId);
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show suggestions for " + first)).click();
        assertThat(hr.locator("upward-table tr.selected")).containsText(first);
        assertThat(hr.getByText("Best mentors for " + first)).isVisible();
        assertThat(hr.locator(".suggestion").first().getByText("Focus areas vs skills")).isVisible();
        BrowserSession.screenshot(hr, "matching-suggestions");

        // auto-match: a preview first, with how the mentors' load would be spread
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Auto-match")).click();
        Locator summary = hr.locator(".auto-match-summary");
        assertThat(summary).containsText("unmatched mentees can be matched");
        Locator spread = hr.locator(".auto-match-spread");
        assertThat(spread).containsText("Even spread 20 of 100: A mentor's next mentee costs 5 points of score");
        assertThat(hr.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions().setName("Mentors' load"))).isVisible();
        BrowserSession.screenshot(hr, "matching-auto-match-preview");
        int busiestBefore = busiestMentorsLoad(spread.textContent());

        // HR asks for the most even spread: the weights dialog, then a new preview
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the spread…")).click();
        Locator spreadField = hr.getByLabel("Even spread across mentors");
        spreadField.fill("100");
        spreadField.press("Tab");
        assertThat(hr.getByText("A mentor's next mentee costs 25 points of score")).isVisible();
        BrowserSession.screenshot(hr, "matching-spread-weight");
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save weights")).click();
        assertThat(spread).containsText("Even spread 100 of 100");
        // the first preview closed: one load table is left
        assertThat(hr.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions().setName("Mentors' load"))).hasCount(1);
        assertThat(busiestMentorsLoad(spread.textContent())).isLessThanOrEqualTo(busiestBefore);
        assertThat(jdbc.queryForObject("select load_spread_weight from cohort where id = ?", Integer.class, cohortId))
                .isEqualTo(100);
        BrowserSession.screenshot(hr, "matching-auto-match-spread");
        long proposed = Long.parseLong(summary.textContent().split(" ")[0]);
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Accept \\d+ pairs?$")))
                .click();
        assertThat(hr.getByText(proposed == 1 ? "1 pair is made." : proposed + " pairs are made.")).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where cohort_id = ? and status = 'ACTIVE'",
                Long.class, cohortId)).isEqualTo(proposed);

        // rematch the first pair, with a reason
        hr.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Pairs")).click();
        Locator firstRematch = hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Rematch "))).first();
        String mentee = firstRematch.getAttribute("aria-label").substring("Rematch ".length());
        firstRematch.click();
        assertThat(hr.getByText("The best other mentors with a free place")).isVisible();
        hr.getByLabel("Reason").fill("Wants a mentor from outside their own department");
        BrowserSession.screenshot(hr, "matching-rematch");
        hr.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Rematch").setExact(true)).click();
        try {
            // a substring match: JavaScript regular expressions know no Pattern.quote
            assertThat(hr.getByText(mentee + " is now mentored by ")).isVisible();
        } finally {
            BrowserSession.screenshot(hr, "matching-rematched");
        }

        // the history keeps who, why, and the scores before and after
        hr.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
        assertThat(hr.locator("vaadin-grid-cell-content").getByText("Rematched")).isVisible();
        assertThat(hr.locator("vaadin-grid-cell-content")
                .getByText("Wants a mentor from outside their own department")).isVisible();
        BrowserSession.screenshot(hr, "matching-history");
        assertThat(jdbc.queryForObject("""
                select count(*) from assignment_event ev join mentor_assignment a on a.id = ev.assignment_id
                where a.cohort_id = ? and ev.event_type = 'REMATCHED' and ev.old_score is not null
                  and ev.new_score is not null and ev.reason = 'Wants a mentor from outside their own department'""",
                Long.class, cohortId)).isOne();
        hr.context().close();
    }

    /** From "After these pairs: 2 mentors with 3 mentees, …": the highest load, 3. */
    private static int busiestMentorsLoad(String spreadText) {
        var matcher = Pattern.compile("After these pairs: \\d+ mentors? with (\\d+) mentee").matcher(spreadText);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
