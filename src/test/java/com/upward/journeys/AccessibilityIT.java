package com.upward.journeys;

import com.upward.testsupport.TestTime;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in real Chromium on the login page, every role's home page (light and dark colour scheme), the check-in
 * form and the reports view: no serious or critical violation of WCAG 2 A/AA.
 */
class AccessibilityIT extends JourneyTest {

    @Autowired
    JdbcTemplate jdbc;

    static List<String> seriousViolations(Page page, String where) {
        page.waitForTimeout(1000);
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        // the page was really checked: axe ran its rules and many passed
        assertThat(results.getPasses()).as("rules passed on " + where).hasSizeGreaterThan(10);
        System.out.printf("axe on %s: %d rules passed, %d violations (any impact)%n", where,
                results.getPasses().size(), results.getViolations().size());
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
            }
        }
        return found;
    }

    @Test
    void noSeriousOrCriticalViolations() {
        List<String> violations = new ArrayList<>();
        Page login = browser.newPage();
        login.navigate(url("login"));
        violations.addAll(seriousViolations(login, "login"));
        login.context().close();

        for (String user : List.of("admin", "hr", "exec", "mentor", "mentee")) {
            Page page = signedIn(user);
            violations.addAll(seriousViolations(page, "home of " + user));
            // the app follows the system's colour scheme: the dark palette must pass too (contrast above all)
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            violations.addAll(seriousViolations(page, "home of " + user + ", dark"));
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            if (user.equals("exec")) {
                page.navigate(url("reports"));
                violations.addAll(seriousViolations(page, "reports"));
            }
            if (user.equals("mentee")) {
                // an open check-in (other journeys in this JVM may have submitted the draft already)
                long open = jdbc.queryForObject("""
                        select min(ci.id) from check_in ci join enrollment e on e.id = ci.enrollment_id
                        join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                        where u.username = 'mentee' and c.status = 'ACTIVE' and ci.status in ('DUE', 'DRAFT')
                          and ci.period_starts_on <= ?""", Long.class, TestTime.today());
                page.navigate(url("checkins/" + open));
                violations.addAll(seriousViolations(page, "check-in form"));
            }
            page.context().close();
        }
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }
}
