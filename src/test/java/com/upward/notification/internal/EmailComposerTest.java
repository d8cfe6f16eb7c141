package com.upward.notification.internal;

import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.RiskReason;
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

import static com.upward.notification.internal.Message.tr;
import static org.assertj.core.api.Assertions.assertThat;

/** The templates on their own: values escaped in HTML, both parts carry the links, the digest lists its rows. */
class EmailComposerTest {

    final EmailComposer composer = new EmailComposer("https://upward.example.com", new CalendarInvites(),
            Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));

    final AppUser ana = new AppUser("ana", "ana@example.com", "Ана <b>Петрова</b>", "{noop}x");

    @Test
    void theStandardEmailEscapesNamesAndLinksBackToThePortal() throws Exception {
        EmailOutbox email = composer.compose(ana, Message.of(NotificationType.MENTOR_FEEDBACK,
                tr("notify.feedback.title", "Zoë Ødegård"),
                tr("notify.feedback.body", "Zoë <script>alert(1)</script>", 2, "Spring"), "checkins/7"), null);

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
        var pair = new AtRiskPair(1, 1, 1, "Summer 2026", "Łukasz Wiśniewski", "Zoë Ødegård", new RiskReason(RiskReason.Kind.QUIET_SINCE_LAST_CHECK_IN,
                LocalDate.of(2026, 11, 2)));
        var help = new OpenHelpRequest(2, 1, "Summer 2026", "Ана Петрова", "Zoë Ødegård", HelpUrgency.URGENT,
                LocalDate.of(2026, 11, 28));
        EmailOutbox email = composer.compose(ana, Message.of(NotificationType.HR_DIGEST, tr("notify.digest.title", 1),
                        tr("notify.digest.body", 1, 1), "").withEmailTemplate("digest", HrDigest.emailModel(List.of(pair),
                        List.of(help))), null);

        assertThat(email.getHtmlBody()).contains("Łukasz Wiśniewski").contains("No check-in since 2 Nov 2026.")
                .contains("Ана Петрова").contains("Urgent").contains("28 Nov 2026")
                .contains("shows dates and flags only");
        assertThat(email.getTextBody()).contains("- Summer 2026: Łukasz Wiśniewski with Zoë Ødegård. No check-in")
                .contains("- Summer 2026: Ана Петрова with Zoë Ødegård, Urgent, since 28 Nov 2026");
        Files.writeString(Path.of("target", "email-digest.html"), email.getHtmlBody());
    }

    @Test
    void forAReaderOfGermanTheDigestIsGermanWithItsPluralsAndDates() {
        ana.setLanguage("de");
        var pair = new AtRiskPair(1, 1, 1, "Summer 2026", "Łukasz Wiśniewski", "Zoë Ødegård", new RiskReason(RiskReason.Kind.QUIET_SINCE_LAST_CHECK_IN,
                LocalDate.of(2026, 11, 2)));
        var urgent = new AtRiskPair(2, 1, 1, "Summer 2026", "Ана Петрова", "Zoë Ødegård", new RiskReason(RiskReason.Kind.URGENT_HELP, null));
        var help = new OpenHelpRequest(2, 1, "Summer 2026", "Ана Петрова", "Zoë Ødegård", HelpUrgency.URGENT,
                LocalDate.of(2026, 11, 28));
        EmailOutbox email = composer.compose(ana, Message.of(NotificationType.HR_DIGEST, tr("notify.digest.title", 2),
                tr("notify.digest.body", 2, 1), "").withEmailTemplate("digest", HrDigest.emailModel(
                List.of(pair, urgent), List.of(help))), null);

        assertThat(email.getSubject()).isEqualTo("Wochenübersicht: 2 Paare gefährdet");
        assertThat(email.getTextBody()).startsWith("Hallo Ана <b>Петрова</b>,")
                .contains("2 Paare sind gefährdet, und 1 Hilfeanfrage wartet in den aktiven Kohorten")
                .contains("GEFÄHRDETE PAARE", "OFFENE HILFEANFRAGEN")
                .contains("- Summer 2026: Łukasz Wiśniewski mit Zoë Ødegård. Kein Check-in seit 2. Nov. 2026.")
                .contains("- Summer 2026: Ана Петрова mit Zoë Ødegård. Dringende Hilfeanfrage offen.")
                .contains("- Summer 2026: Ана Петрова mit Zoë Ødegård, dringend, seit 28. Nov. 2026")
                .contains("In Upward öffnen: https://upward.example.com/")
                .contains("weil E-Mails zu „Wochenübersicht“ in Ihrem Profil eingeschaltet sind.");
        assertThat(email.getHtmlBody()).contains("<html lang=\"de\">", "<th>Kohorte</th>", "<th>Grund</th>",
                "<td>Dringend</td>", "<td>28. Nov. 2026</td>", "Gefährdete Paare", "Offene Hilfeanfragen",
                "nur Datumsangaben und Markierungen").doesNotContain("Pairs at risk", "No check-in");
    }
}
