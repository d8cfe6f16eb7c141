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
 * ring, Enter uses it, and the at-risk grid's row actions are reached the grid's way (arrow keys, Enter into the
 * cell, Tab between its buttons).
 */
class KeyboardIT extends JourneyTest {

    /** The focused element, looking through shadow roots: tag, text, aria-label and whether it shows a focus ring. */
    private static final String FOCUSED = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
              if (!a) { return {}; }
              const host = a.getRootNode().host;
              const grid = a.closest('vaadin-grid') || (host && host.closest('vaadin-grid'));
              const slot = a.querySelector('slot');
              const text = slot && slot.assignedElements().length
                  ? slot.assignedElements().map(e => e.textContent).join('') : (a.textContent || '');
              const gridName = grid ? (grid.getAttribute('aria-label') || grid.accessibleName
                  || (grid.shadowRoot.querySelector('table') || { getAttribute: () => '' }).getAttribute('aria-label')
                  || '') : '';
              return { tag: a.tagName.toLowerCase(), text: text.trim().slice(0, 80),
                       label: a.getAttribute('aria-label') || '', ring: a.hasAttribute('focus-ring')
                         || a.matches(':focus-visible'), grid: gridName };
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
        tabUntil(hr, f -> f.get("grid").equals("Pairs at risk"), 60);
        // Tab lands on the header row; the next Tab moves into the body, then to the Actions column
        hr.keyboard().press("Tab");
        Map<String, Object> cell = focused(hr);
        for (int i = 0; i < 6 && !cell.get("text").toString().startsWith("Open"); i++) {
            hr.keyboard().press("ArrowRight");
            cell = focused(hr);
        }
        org.assertj.core.api.Assertions.assertThat(cell.get("text").toString()).as("actions cell " + cell)
                .startsWith("Open");
        hr.keyboard().press("Enter"); // interaction mode: focus moves to the cell's first button
        org.assertj.core.api.Assertions.assertThat(focused(hr).get("text")).isEqualTo("Open");
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
