package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.upward.base.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finds hard-coded text (issue 25): the views are opened in a browser asking for the pseudo-locale, where every text
 * from a message bundle is wrapped in ⟦ ⟧. Any visible text, or placeholder, left with letters once the marked
 * texts, the people's own data (names, titles, what they wrote, as the database holds it) and dates and numbers are
 * taken out did not come from a bundle, and fails the test.
 */
class PseudoLocaleIT extends JourneyTest {

    /** Visible text nodes and placeholders, in light DOM and open shadow roots. */
    private static final String VISIBLE_TEXTS = """
            () => {
              const out = [];
              const visible = el => {
                if (!el || !el.getClientRects().length) return false;
                const s = getComputedStyle(el);
                return s.visibility !== 'hidden' && s.display !== 'none' && s.opacity !== '0';
              };
              const walk = root => {
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
                for (let node = walker.currentNode; node; node = walker.nextNode()) {
                  if (node.nodeType === Node.TEXT_NODE) {
                    const text = node.textContent.trim();
                    const parent = node.parentElement;
                    // an avatar's initials are the person's name
                    if (text && parent && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(parent.tagName)
                        && !parent.closest('vaadin-avatar') && visible(parent)) {
                      out.push(text);
                    }
                  } else {
                    if (node.shadowRoot && node.localName !== 'vaadin-avatar') walk(node.shadowRoot);
                    const placeholder = node.getAttribute && node.getAttribute('placeholder');
                    if (placeholder && visible(node)) out.push(placeholder);
                  }
                }
              };
              walk(document.body);
              return out;
            }""";
    /** A marked text with no marked text inside: removed innermost first, as patterns hold translated pieces. */
    private static final Pattern MARKED = Pattern.compile(Pattern.quote(Messages.PSEUDO_START) + "[^"
            + Messages.PSEUDO_START + Messages.PSEUDO_END + "]*" + Pattern.quote(Messages.PSEUDO_END));
    /** The product's name, the same in every language. */
    private static final String BRAND = "Upward";
    /** Dates, times, numbers, percentages, zone names and ids: data, not words. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "\\b(\\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4}|\\d{2})\\b"
                    + "|\\b[A-Z][a-z]+/[A-Za-z_]+\\b"
                    + "|\\bUTC\\b|\\d+");

    @Test
    void everyTextOnEveryViewComesFromABundle() {
        Set<String> userData = userData();
        Map<String, List<String>> unmarked = new LinkedHashMap<>();
        Map<String, Object> ids = journeyJdbc.queryForMap("""
                select (select min(ci.id) from check_in ci join enrollment e on e.id = ci.enrollment_id
                          join app_user u on u.employee_id = e.employee_id
                          where u.username = 'mentee' and ci.status in ('SUBMITTED', 'REVIEWED')) as check_in,
                       (select min(ci.id) from check_in ci join enrollment e on e.id = ci.enrollment_id
                          join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                          where u.username = 'mentee' and c.status = 'ACTIVE'
                            and ci.status in ('DUE', 'DRAFT')) as open_check_in,
                       (select min(s.id) from survey s join enrollment e on e.cohort_id = s.cohort_id
                          join app_user u on u.employee_id = e.employee_id where u.username = 'mentee') as survey,
                       (select min(c.id) from cohort c where c.status = 'ACTIVE') as cohort,
                       (select min(c.program_id) from cohort c where c.status = 'ACTIVE') as program""");

        Page signInPage = pseudoPage();
        visit(signInPage, "login", userData, unmarked);
        visit(signInPage, "forgot-password", userData, unmarked);
        signInPage.context().close();

        for (var entry : VIEWS.entrySet()) {
            Page page = pseudoPage();
            signInWithoutLabels(page, entry.getKey());
            userData = userData(); // the sign-in itself is recorded (audit log)
            for (String view : entry.getValue()) {
                visit(page, withIds(view, ids), userData, unmarked);
            }
            page.context().close();
        }
        assertThat(unmarked).as("texts on screen that came from no bundle, by view").isEmpty();
    }

    /** The views, by the demo account that opens them. */
    static final Map<String, List<String>> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("mentee", List.of("", "goals", "checkins", "checkins/{openCheckIn}", "journal", "notifications",
                "surveys/{survey}", "profile", "cohorts/open", "pairing"));
        VIEWS.put("mentor", List.of("", "mentees", "mentees/checkins/{checkIn}"));
        VIEWS.put("hr", List.of("", "employees", "employees/import", "programs", "programs/{program}",
                "cohorts/{cohort}", "cohorts/{cohort}/matching", "reports", "email-deliveries"));
        VIEWS.put("exec", List.of("", "reports"));
        VIEWS.put("admin", List.of("users", "audit"));
    }

    private static String withIds(String view, Map<String, Object> ids) {
        return view.replace("{checkIn}", String.valueOf(ids.get("check_in")))
                .replace("{openCheckIn}", String.valueOf(ids.get("open_check_in")))
                .replace("{survey}", String.valueOf(ids.get("survey")))
                .replace("{cohort}", String.valueOf(ids.get("cohort")))
                .replace("{program}", String.valueOf(ids.get("program")));
    }

    private Page pseudoPage() {
        return browser.newPage(null, Messages.PSEUDO.toLanguageTag());
    }

    /** The sign-in form's labels are marked too, so it is filled by its fields' names. */
    private void signInWithoutLabels(Page page, String username) {
        page.navigate(url("login"));
        page.locator(SETTLED_FORM).waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(DEMO_PASSWORD);
        page.locator("vaadin-button[slot='submit']").click();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    private void visit(Page page, String view, Set<String> userData, Map<String, List<String>> unmarked) {
        page.navigate(url(view));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#outlet > *, body > vaadin-login-overlay, body vaadin-login-form").first().waitFor();
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) page.evaluate(VISIBLE_TEXTS);
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            String rest = withoutData(withoutMarkedTexts(text).replace(BRAND, " "), userData);
            if (rest.codePoints().anyMatch(Character::isLetter)) {
                found.add(text);
            }
        }
        if (!found.isEmpty()) {
            unmarked.put("/" + view, found.stream().distinct().toList());
        }
    }

    private static String withoutMarkedTexts(String text) {
        String rest = text;
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            rest = MARKED.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    private static String withoutData(String text, Set<String> userData) {
        String rest = text;
        for (String value : userData) {
            if (rest.contains(value)) {
                rest = rest.replace(value, " ");
            }
        }
        return NOT_WORDS.matcher(rest).replaceAll(" ");
    }

    /** What people and HR wrote or imported, longest first so that a name goes before its parts. */
    private Set<String> userData() {
        Set<String> values = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String query : List.of(
                "select first_name from employee", "select last_name from employee",
                "select concat(first_name, ' ', last_name) from employee", "select email from employee",
                "select employee_number from employee", "select department from employee",
                "select job_title from employee", "select location from employee",
                "select username from app_user", "select display_name from app_user", "select email from app_user",
                "select title from goal", "select why_it_matters from goal", "select success_criteria from goal",
                "select title from milestone", "select name from program", "select description from program",
                "select name from cohort", "select description from cohort",
                "select skill from employee_skill", "select interest from employee_interest",
                "select language from employee_language", "select topic from enrollment_topic",
                "select motivation from enrollment", "select wins from check_in", "select setbacks from check_in",
                "select lessons from check_in", "select next_steps from check_in",
                "select support_needed from check_in", "select private_notes from check_in",
                "select body from mentor_feedback", "select body from check_in_message",
                "select body from goal_comment", "select end_reason from mentor_assignment",
                "select assignment_reason from mentor_assignment",
                // rendered in the recipient's language when sent, and kept as sent
                "select title from notification", "select body from notification",
                "select subject from email_outbox", "select recipient_email from email_outbox",
                // the audit log shows what was recorded, as recorded
                "select actor from audit_event", "select details from audit_event")) {
            try {
                journeyJdbc.queryForList(query, String.class).stream()
                        .filter(value -> value != null && value.strip().length() > 1)
                        .forEach(value -> values.add(value.trim()));
            } catch (org.springframework.dao.DataAccessException noSuchColumn) {
                throw new IllegalStateException("The user-data query no longer matches the schema: " + query,
                        noSuchColumn);
            }
        }
        return values;
    }
}
