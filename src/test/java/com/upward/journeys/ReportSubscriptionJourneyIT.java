package com.upward.journeys;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.upward.notification.internal.DeliveryFrequency;
import com.upward.notification.internal.ScheduledJobRuns;
import com.upward.testsupport.TestClock;
import com.upward.testsupport.TestTime;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An executive subscribes to the program outcome report from the reports page; after the month has ended the job
 * runs and the report arrives by email (a real SMTP server, GreenMail) as a PDF of that month; the executive
 * unsubscribes on the profile, and the next month brings nothing.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "upward.mail.retry-delay=PT1M"})
class ReportSubscriptionJourneyIT extends JourneyTest {

    static final int SMTP_PORT = freePort();
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    ScheduledJobRuns jobs;
    @Autowired
    TestClock clock;

    GreenMail smtp;
    long emailsBefore;

    @BeforeEach
    void smtpUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        emailsBefore = journeyJdbc.queryForObject("select coalesce(max(id), 0) from email_outbox", Long.class);
    }

    @AfterEach
    void cleanUp() {
        smtp.stop();
        journeyJdbc.update("delete from report_subscription");
        journeyJdbc.update("delete from email_outbox where id > ?", emailsBefore);
    }

    /** The job at 06:00 on the day, then the outbox. */
    void deliveryRunsOn(java.time.LocalDate day) {
        clock.setTo(day, LocalTime.of(6, 0));
        jobs.reportDelivery();
        jobs.outbox();
    }

    List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) {
                to.add(message);
            }
        }
        return to;
    }

    static BodyPart pdfAttachment(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName().endsWith(".pdf")) {
                return part;
            }
        }
        throw new AssertionError("No PDF attached to " + message.getSubject());
    }

    @Test
    void anExecutiveGetsTheMonthlyReportByEmailUntilUnsubscribing() throws Exception {
        String program = journeyJdbc.queryForObject("""
                select min(p.name) from program p join cohort c on c.program_id = p.id
                where c.status in ('ACTIVE', 'COMPLETED', 'ARCHIVED')""", String.class);
        String execEmail = journeyJdbc.queryForObject("select email from app_user where username = 'exec'",
                String.class);
        var month = DeliveryFrequency.MONTHLY.periodOf(TestTime.today());
        String period = DATE.format(month.from()) + " – " + DATE.format(month.to());

        Page exec = signedIn("exec");
        exec.navigate(url("reports"));
        exec.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate report")).click();
        assertThat(exec.getByText("Generating the report…")).isHidden(
                new LocatorAssertions.IsHiddenOptions().setTimeout(60_000));
        exec.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe…")).click();
        var dialog = exec.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("The first covers " + period + " and arrives on "
                + DATE.format(month.deliveredOn()) + ".", new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(false))).isVisible();
        BrowserSession.screenshot(exec, "report-subscribe-dialog");
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Subscribe").setExact(true)).click();
        assertThat(exec.getByRole(AriaRole.ALERT).getByText("Subscribed.", new com.microsoft.playwright.Locator
                .GetByTextOptions().setExact(false))).isVisible();

        deliveryRunsOn(month.to());
        assertThat(mailTo(execEmail)).isEmpty();
        deliveryRunsOn(month.deliveredOn());
        List<MimeMessage> received = mailTo(execEmail);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).isEqualTo("Program outcome report: " + program);
        BodyPart pdf = pdfAttachment(received.getFirst());
        assertThat(pdf.getFileName()).startsWith("Upward outcome report - " + program);
        try (var document = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(program)
                    .contains("Period: " + period);
        }

        exec.navigate(url("profile"));
        assertThat(exec.getByText("Program outcome report: " + program)).isVisible();
        exec.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Unsubscribe from Program outcome report: " + program)).click();
        assertThat(exec.getByText("Unsubscribe?")).isVisible();
        BrowserSession.screenshot(exec, "report-unsubscribe-confirm");
        exec.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unsubscribe").setExact(true)).click();
        assertThat(exec.getByText("You subscribe to no reports.")).isVisible();

        deliveryRunsOn(DeliveryFrequency.MONTHLY.periodOf(month.deliveredOn()).deliveredOn());
        assertThat(mailTo(execEmail)).hasSize(1);
        exec.context().close();
    }
}
