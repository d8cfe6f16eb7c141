package com.upward.notification.internal;

import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.OpenHelpRequests.OpenHelpRequest;
import com.upward.checkin.HelpUrgency;
import com.upward.security.AppUser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The templates on their own: values escaped in HTML, both parts carry the links, the digest lists its rows. */
class EmailComposerTest {

    final EmailComposer composer = new EmailComposer("https://upward.example.com", new CalendarInvites(),
            Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));

    final AppUser ana = new AppUser("ana", "ana@example.com", "Ана <b>Петрова</b>", "{noop}x");

    @Test
    void theStandardEmailEscapesNamesAndLinksBackToThePortal() throws Exception {
        EmailOutbox email = composer.compose(ana, Message.of(NotificationType.MENTOR_FEEDBACK,
                "Feedback from Zoë Ødegård", "Zoë <script>alert(1)</script> reviewed it.", "checkins/7"), null);

        assertThat(email.getSubject()).isEqualTo("Feedback from Zoë Ødegård");
        assertThat(email.getHtmlBody()).contains("Ана &lt;b&gt;Петрова&lt;/b&gt;")
                .contains("Zoë &lt;script&gt;").doesNotContain("<script>")
                .contains("href=\"https://upward.example.com/checkins/7\"")
                .contains("href=\"https://upward.example.com/profile\"")
                .contains("under the bell").startsWith("<!DOCTYPE html>");
        assertThat(email.getTextBody()).contains("Hello Ана <b>Петрова</b>,")
                .contains("Open in Upward: https://upward.example.com/checkins/7")
                .contains("\"Mentor feedback\" emails are on");
        assertThat(email.getIcsAttachment()).isNull();
        Files.writeString(Path.of("target", "email-standard.html"), email.getHtmlBody());
    }

    @Test
    void theDigestListsThePairsAndTheHelpRequests() throws Exception {
        var pair = new AtRiskPair(1, 1, 1, "Summer 2026", "Łukasz Wiśniewski", "Zoë Ødegård", "No check-in since 2 Nov 2026.");
        var help = new OpenHelpRequest(2, 1, "Summer 2026", "Ана Петрова", "Zoë Ødegård", HelpUrgency.URGENT,
                LocalDate.of(2026, 11, 28));
        EmailOutbox email = composer.compose(ana, Message.of(NotificationType.HR_DIGEST, "Weekly digest: 1 pair at risk",
                        "1 pair is at risk.", "").withEmailTemplate("digest", Map.of("atRisk", List.of(pair),
                        "helpRequests", List.of(help))), null);

        assertThat(email.getHtmlBody()).contains("Łukasz Wiśniewski").contains("No check-in since 2 Nov 2026.")
                .contains("Ана Петрова").contains("Urgent").contains("28 Nov 2026")
                .contains("shows dates and flags only");
        assertThat(email.getTextBody()).contains("- Summer 2026: Łukasz Wiśniewski with Zoë Ødegård. No check-in")
                .contains("- Summer 2026: Ана Петрова with Zoë Ødegård, Urgent, since 28 Nov 2026");
        Files.writeString(Path.of("target", "email-digest.html"), email.getHtmlBody());
    }
}
