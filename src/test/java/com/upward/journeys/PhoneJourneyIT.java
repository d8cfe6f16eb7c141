package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentee's pages and the mentor's review of a check-in on a 390×844 phone (issue 25): each page is opened,
 * photographed, and checked for anything that sticks out past the right edge of the screen (which would make the
 * page scroll sideways or cut it off), and for controls too small to tap. Nothing is written.
 */
class PhoneJourneyIT extends JourneyTest {

    /** Elements, outside scrolling boxes, whose right edge lies past the viewport: "tag.class 'text' right=…". */
    static final String OVERFLOWING = """
            () => {
              const width = document.documentElement.clientWidth;
              const scrollsSideways = el => {
                for (let p = el.parentElement; p; p = p.parentElement) {
                  const s = getComputedStyle(p);
                  if ((s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowX === 'hidden')
                      && p.clientWidth < p.scrollWidth + 1 && p !== document.documentElement
                      && p !== document.body) {
                    return p.getBoundingClientRect().right <= width + 1;
                  }
                }
                return false;
              };
              const out = [];
              for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.right <= width + 1 || r.left >= width) continue;
                if (el.closest('vaadin-app-layout > [slot="drawer"]')) continue;
                if (scrollsSideways(el)) continue;
                out.push(el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + " '"
                    + (el.textContent || '').trim().slice(0, 30) + "' right=" + Math.round(r.right));
              }
              const page = document.documentElement.scrollWidth > width + 1 ? ['page scrollWidth '
                  + document.documentElement.scrollWidth] : [];
              return page.concat(out.slice(0, 8));
            }""";

    /**
     * Controls a finger must hit that are smaller than 24×24 CSS pixels (WCAG 2.2, target size minimum), unless a
     * line of text (an inline link) holds them: "tag 'text' w×h".
     */
    static final String TOO_SMALL_TO_TAP = """
            () => {
              const out = [];
              const controls = 'vaadin-button, button, a[href], vaadin-checkbox, vaadin-radio-button, '
                  + 'vaadin-select, vaadin-combo-box, vaadin-date-picker, vaadin-text-field, vaadin-text-area, '
                  + 'vaadin-integer-field, vaadin-number-field, vaadin-password-field, vaadin-tab, '
                  + 'vaadin-menu-bar-button, vaadin-drawer-toggle, vaadin-side-nav-item';
              for (const el of document.querySelectorAll(controls)) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
                if (el.closest('vaadin-app-layout > [slot="drawer"]')) continue;
                if (r.width < 24 || r.height < 24) {
                  out.push(el.tagName.toLowerCase() + " '" + (el.textContent || el.getAttribute('aria-label') || '')
                      .trim().slice(0, 30) + "' " + Math.round(r.width) + 'x' + Math.round(r.height));
                }
              }
              return out.slice(0, 8);
            }""";

    @Test
    void theMenteesPagesAndTheMentorsReviewFitAPhone() {
        long draft = journeyJdbc.queryForObject("""
                select min(ci.id) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and ci.status in ('DRAFT', 'DUE')""", Long.class);
        long submitted = journeyJdbc.queryForObject("""
                select min(ci.id) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and ci.status in ('SUBMITTED', 'REVIEWED')""",
                Long.class);
        long survey = journeyJdbc.queryForObject("""
                select min(s.id) from survey s join enrollment e on e.cohort_id = s.cohort_id
                join app_user u on u.employee_id = e.employee_id where u.username = 'mentee'""", Long.class);
        Map<String, List<String>> problems = new LinkedHashMap<>();

        Page mentee = signedIn("mentee");
        mentee.setViewportSize(390, 844);
        check(mentee, "", "phone-home", problems);
        check(mentee, "goals", "phone-goals", problems);
        check(mentee, "checkins", "phone-checkins", problems);
        check(mentee, "checkins/" + draft, "phone-checkin-form", problems);
        check(mentee, "checkins/" + submitted, "phone-checkin-submitted", problems);
        check(mentee, "journal", "phone-journal", problems);
        check(mentee, "notifications", "phone-notifications", problems);
        check(mentee, "pairing", "phone-pairing", problems);
        check(mentee, "surveys/" + survey, "phone-survey", problems);
        mentee.context().close();

        Page mentor = signedIn("mentor");
        mentor.setViewportSize(390, 844);
        check(mentor, "mentees", "phone-mentees", problems);
        check(mentor, "mentees/checkins/" + submitted, "phone-mentor-review", problems);
        mentor.context().close();

        assertThat(problems).as("pages with something past the right edge of a 390 px screen, or too small to tap")
                .isEmpty();
    }

    private void check(Page page, String path, String screenshot, Map<String, List<String>> problems) {
        page.navigate(url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.getByRole(AriaRole.HEADING).first()).isVisible();
        BrowserSession.screenshot(page, screenshot);
        @SuppressWarnings("unchecked")
        List<String> found = new ArrayList<>((List<String>) page.evaluate(OVERFLOWING));
        ((List<String>) page.evaluate(TOO_SMALL_TO_TAP)).forEach(small -> found.add("too small to tap: " + small));
        if (!found.isEmpty()) {
            problems.put(path, found);
        }
    }
}
