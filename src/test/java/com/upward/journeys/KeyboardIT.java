package com.upward.journeys;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The dashboards without a mouse, in real Chromium: Tab reaches each home page's main action with a visible focus
 * ring, Enter uses it, and the at-risk table's row buttons are in the tab order.
 */
class KeyboardIT extends JourneyTest {

    /** The focused element, looking through shadow roots: tag, text, aria-label and whether it shows a focus ring. */
    private static final String FOCUSED = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
              if (!a) { return {}; }
              const table = a.closest('upward-table table') || a.closest('upward-table')?.querySelector('table');
              const slot = a.querySelector('slot');
              const text = slot && slot.assignedElements().length
                  ? slot.assignedElements().map(e => e.textContent).join('') : (a.textContent || '');
              return { tag: a.tagName.toLowerCase(), text: text.trim().slice(0, 80),
                       label: a.getAttribute('aria-label') || '', ring: a.hasAttribute('focus-ring')
                         || a.matches(':focus-visible'), table: table ? table.getAttribute('aria-label') : '' };
            }""";

    @Test
    void theMenteeStartsTheNextCheckInWithTheKeyboard() {
        Page mentee = signedIn("mentee");
        Map<String, Object> button = tabUntil(mentee, f -> f.get("text").toString().endsWith("check-in")
                && f.get("tag").equals("vaadin-button"), 60);
        assertThat(mentee.locator("vaadin-button:focus")).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(button.get("ring")).as("focus ring on " + button).isEqualTo(true);
        mentee.keyboard().press("Enter");
        assertThat(mentee).hasURL(Pattern.compile(".*/checkins/\\d+$"));
        mentee.context().close();
    }

    @Test
    void theExecutiveReachesTheOutcomeReportDownload() {
        Page exec = signedIn("exec");
        Map<String, Object> link = tabUntil(exec, f -> f.get("label").toString()
                .startsWith("Download the outcome report of "), 80);
        org.assertj.core.api.Assertions.assertThat(link.get("tag")).isEqualTo("a");
        org.assertj.core.api.Assertions.assertThat(link.get("ring")).as("focus ring on " + link).isEqualTo(true);
        exec.context().close();
    }

    @Test
    void hrNudgesAnAtRiskPairWithTheKeyboard() {
        Page hr = signedIn("hr");
        // the table's buttons are in the tab order: Open, then Nudge, of the first pair
        Map<String, Object> open = tabUntil(hr, f -> f.get("text").equals("Open")
                && f.get("table").equals("Pairs at risk"), 80);
        org.assertj.core.api.Assertions.assertThat(open.get("label").toString()).startsWith("Open the pair of ");
        org.assertj.core.api.Assertions.assertThat(open.get("ring")).as("focus ring on " + open).isEqualTo(true);
        hr.keyboard().press("Tab");
        Map<String, Object> nudge = focused(hr);
        org.assertj.core.api.Assertions.assertThat(nudge.get("text")).isEqualTo("Nudge");
        org.assertj.core.api.Assertions.assertThat(nudge.get("label").toString()).startsWith("Nudge ");
        hr.keyboard().press("Enter");
        assertThat(hr.locator("vaadin-notification-card").first())
                .containsText(Pattern.compile("got a reminder|nudged today already"));
        hr.context().close();
    }

    private interface FocusTest {
        boolean matches(Map<String, Object> focused);
    }

    /** Presses Tab until the focused element matches; fails with the focus path when it never does. */
    private static Map<String, Object> tabUntil(Page page, FocusTest test, int maxTabs) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < maxTabs; i++) {
            page.keyboard().press("Tab");
            Map<String, Object> f = focused(page);
            if (!f.isEmpty() && test.matches(f)) {
                return f;
            }
            path.add(f.get("tag") + " '" + f.get("text") + "'");
        }
        throw new AssertionError("not reached in " + maxTabs + " tabs; focus went " + String.join(" → ", path));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focused(Page page) {
        return (Map<String, Object>) page.evaluate(FOCUSED);
    }
}
