package com.upward.notification.internal;

import com.upward.checkin.DemoCheckIns;
import com.upward.matching.PairingTestData;
import com.upward.matching.internal.MatchingService;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.TestTime;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25: notifications and emails are written in the recipient's language. The demo mentee chose German on her
 * profile, her mentor did not: the same reminder reaches each in their own language, with the due date written the
 * way each reads dates and counts in each language's plural. Writes are rolled back.
 */
@SpringBootTest
@Tag("db")
@Transactional
class RecipientLanguageTest {

    static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("EEEE, d. MMMM", Locale.GERMAN);
    static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @Autowired
    CheckInReminders reminders;
    @Autowired
    ProposalReminders proposalReminders;
    @Autowired
    MatchingService matching;
    @Autowired
    ProgramTestData data;
    @Autowired
    PairingTestData pairingData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    long before;

    @BeforeEach
    void theMenteeReadsGerman() {
        before = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
        em.flush();
        jdbc.update("update app_user set language = 'de' where username = 'mentee'");
        jdbc.update("update app_user set language = null where username = 'mentor'");
        em.clear();
    }

    /** The notification this test wrote to the user, with its email. */
    Map<String, Object> sent(String username, String dedupKey) {
        em.flush();
        return jdbc.queryForMap("""
                select n.title, n.body, o.subject, o.text_body, o.html_body, o.ics_attachment from notification n
                join app_user u on u.id = n.recipient_id left join email_outbox o on o.notification_id = n.id
                where u.username = ? and n.dedup_key like ? and n.id > ?""", username, dedupKey, before);
    }

    @Test
    void theOverdueReminderReachesTheGermanMenteeInGermanAndHerMentorInEnglish() {
        long draft = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
        LocalDate dueOn = jdbc.queryForObject("select due_on from check_in where id = ?", LocalDate.class, draft);
        reminders.remindOverdue(dueOn.plusDays(3));

        var german = sent("mentee", "check-in-overdue:" + draft + ":mentee");
        assertThat(german.get("title")).isEqualTo("Check-in überfällig");
        assertThat((String) german.get("body")).startsWith("Ihr Check-in für Zeitraum ")
                .contains(" war am " + GERMAN_DAY.format(dueOn) + " fällig. Es ist nicht zu spät");
        assertThat(german.get("subject")).isEqualTo("Check-in überfällig");
        assertThat((String) german.get("text_body")).startsWith("Hallo Łukasz Wiśniewski,")
                .contains("In Upward öffnen: http", "/checkins/" + draft)
                .contains("Sie erhalten diese E-Mail, weil E-Mails zu „Check-in überfällig“ in Ihrem Profil "
                        + "eingeschaltet sind.")
                .contains("E-Mail-Einstellungen ändern: http")
                .doesNotContain("Hello", "Open in Upward", "You get this email");
        assertThat((String) german.get("html_body")).contains("<html lang=\"de\">", "Hallo Łukasz Wiśniewski,",
                        ">In Upward öffnen</a>", ">E-Mail-Einstellungen ändern</a>",
                        "Die Benachrichtigung finden Sie auch unter der Glocke im Portal.")
                .doesNotContain("Hello", "Open in Upward");

        var english = sent("mentor", "check-in-overdue:" + draft + ":mentor");
        assertThat(english.get("title")).isEqualTo("No check-in from Łukasz Wiśniewski");
        assertThat((String) english.get("body")).startsWith("Łukasz Wiśniewski's check-in for period ")
                .contains(" was due on " + ENGLISH_DAY.format(dueOn) + ". A short message from you often helps.");
        assertThat((String) english.get("text_body")).startsWith("Hello Zoë Ødegård,")
                .contains("Open in Upward: http", "You get this email because \"Check-in overdue\" emails are on");
        assertThat((String) english.get("html_body")).contains("<html lang=\"en\">", ">Open in Upward</a>");
    }

    @Test
    void theDueReminderAndItsCalendarEntryAreInGermanWithTheGermanDate() {
        long draft = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
        LocalDate dueOn = jdbc.queryForObject("select due_on from check_in where id = ?", LocalDate.class, draft);
        reminders.remindDueSoon(dueOn.minusDays(2));

        var german = sent("mentee", "check-in-due:" + draft);
        String day = GERMAN_DAY.format(dueOn);
        assertThat(german.get("title")).isEqualTo("Check-in fällig am " + day);
        assertThat(german.get("subject")).isEqualTo("Check-in fällig am " + day);
        assertThat((String) german.get("body")).contains(" ist am " + day + " fällig. Notieren Sie");
        assertThat((String) german.get("text_body"))
                .contains("weil E-Mails zu „Check-in bald fällig“ in Ihrem Profil eingeschaltet sind");
        assertThat((String) german.get("ics_attachment")).contains("SUMMARY:Upward-Check-in fällig: ")
                .contains("DESCRIPTION:Füllen Sie Ihren Mentoring-Check-in in Upward aus.");
    }

    @Test
    void theDaysAPairHasWaitedAreCountedInEachLanguage() {
        jdbc.update("update app_user set language = 'de' where username = 'mentor'");
        jdbc.update("update app_user set language = null where username = 'mentee'");
        var people = pairingData.cohortWith(true, false);
        matching.assign(people.cohort(), people.mentor().getId(), people.mentee().getId(), null);
        data.flushAndClear();

        TestTime.clock().advance(Duration.ofDays(3));
        assertThat(proposalReminders.remind()).isEqualTo(2);

        var german = sent("mentor", "pair-proposal:%:mentor:1");
        assertThat(german.get("title")).isEqualTo("Wartet auf Ihre Antwort: Łukasz Wiśniewski");
        assertThat((String) german.get("body")).contains(" wartet seit 3 Tagen auf Ihre Antwort.");
        assertThat((String) german.get("text_body")).startsWith("Hallo Zoë Ødegård,");
        var english = sent("mentee", "pair-proposal:%:mentee:1");
        assertThat(english.get("title")).isEqualTo("Waiting for your answer: Zoë Ødegård");
        assertThat((String) english.get("body")).contains(" has waited 3 days for your answer.");
    }

    @Test
    void someoneWhoChoseNoLanguageReadsTheirBrowsersLanguage() {
        jdbc.update("update app_user set language = null, browser_language = 'de' where username = 'mentee'");
        jdbc.update("update app_user set language = 'en', browser_language = 'de' where username = 'mentor'");
        long draft = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
        LocalDate dueOn = jdbc.queryForObject("select due_on from check_in where id = ?", LocalDate.class, draft);
        reminders.remindOverdue(dueOn.plusDays(3));

        assertThat(sent("mentee", "check-in-overdue:" + draft + ":mentee").get("subject"))
                .isEqualTo("Check-in überfällig");
        // a language chosen on the profile wins over the browser's
        assertThat(sent("mentor", "check-in-overdue:" + draft + ":mentor").get("title"))
                .isEqualTo("No check-in from Łukasz Wiśniewski");
    }
}
