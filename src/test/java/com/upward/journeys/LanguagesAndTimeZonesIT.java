package com.upward.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.upward.base.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25: a German-speaking mentee in Europe/Berlin and an English-speaking mentor in America/New_York each see
 * their own language, date formats and times. The mentee's browser asks for German; she also chooses German on her
 * profile. Expected words are read from the bundles, so the journey checks where texts come from, not their wording.
 */
class LanguagesAndTimeZonesIT extends JourneyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String ZONE_OF = "select e.time_zone from employee e join app_user u on u.employee_id = e.id"
            + " where u.username = ?";
    private static final String SET_ZONE = "update employee set time_zone = ? where id = (select employee_id from"
            + " app_user where username = ?)";

    private Map<String, String> zonesBefore;

    @BeforeEach
    void placePeople() {
        zonesBefore = Map.of("mentee", journeyJdbc.queryForObject(ZONE_OF, String.class, "mentee"),
                "mentor", journeyJdbc.queryForObject(ZONE_OF, String.class, "mentor"));
        journeyJdbc.update(SET_ZONE, BERLIN.getId(), "mentee");
        journeyJdbc.update(SET_ZONE, NEW_YORK.getId(), "mentor");
    }

    @AfterEach
    void putThemBack() {
        zonesBefore.forEach((username, zone) -> journeyJdbc.update(SET_ZONE, zone, username));
        journeyJdbc.update("update app_user set language = null, browser_language = null where username = 'mentee'");
    }

    @Test
    void aGermanMenteeInBerlinAndAnEnglishMentorInNewYorkEachSeeTheirOwnLanguageFormatsAndTimes() {
        LocalDate dueOn = journeyJdbc.queryForObject("""
                select min(ci.due_on) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE'""", LocalDate.class);

        Page mentee = browser.newPage(BERLIN.getId(), "de-DE");
        mentee.navigate(url("login"));
        mentee.locator(SETTLED_FORM).waitFor();
        assertThat(mentee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(de("security.login.form.submit")).setExact(true))).isVisible();
        BrowserSession.screenshot(mentee, "languages-mentee-sign-in");
        mentee.waitForLoadState(LoadState.NETWORKIDLE);
        mentee.getByLabel(de("security.login.form.username")).fill("mentee");
        mentee.getByLabel(de("security.login.form.password"), new Page.GetByLabelOptions().setExact(true))
                .fill(DEMO_PASSWORD);
        mentee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(de("security.login.form.submit"))
                .setExact(true)).click();
        assertThat(mentee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(de("dashboard.home.welcome", "")).setExact(false))).isVisible();
        assertThat(mentee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(de("shell.menu.goals"))))
                .isVisible();
        // remembered for the emails and notifications sent while she is away
        assertThat(journeyJdbc.queryForObject("select browser_language from app_user where username = 'mentee'",
                String.class)).isEqualTo("de");

        // the browser's German, then her own choice on the profile
        mentee.navigate(url("profile"));
        Locator language = mentee.getByLabel(de("security.profile.language.label"), new Page.GetByLabelOptions()
                .setExact(true));
        assertThat(language).containsText(de("language.browser", "Deutsch"));
        language.click();
        // choosing reloads the page in the new language
        mentee.waitForResponse(response -> response.url().endsWith("/profile") && response.request()
                .isNavigationRequest(), () -> mentee.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions()
                .setName("Deutsch").setExact(true)).click());
        mentee.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(mentee.getByLabel(de("security.profile.language.label"), new Page.GetByLabelOptions()
                .setExact(true))).containsText("Deutsch");
        assertThat(mentee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(de("security.profile.language.title")).setExact(true))).isVisible();

        // a date typed the German way is understood; one typed the American way is refused, naming the format
        mentee.navigate(url("goals"));
        mentee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(de("goals.view.new-goal"))).click();
        Locator dialog = mentee.getByRole(AriaRole.DIALOG);
        Locator target = dialog.getByLabel(de("goals.dialog.target-date"));
        target.fill("20.02.2027");
        target.press("Tab");
        assertThat(target).hasValue("20.02.2027");
        target.fill("2/20/2027");
        target.press("Enter");
        // typing opened the calendar, which hides the rest from the accessibility tree: the button by its text
        mentee.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(de("goals.dialog.save")))
                .last().click();
        assertThat(dialog.locator("vaadin-date-picker [slot='error-message']")).containsText("TT.MM.JJJJ");
        BrowserSession.screenshot(mentee, "languages-mentee-goal-date");
        mentee.keyboard().press("Escape");

        // her check-ins' due dates in German, her notifications' times in Berlin
        mentee.navigate(url("checkins"));
        assertThat(mentee.getByText(date(dueOn, Locale.GERMAN)).first()).isVisible();
        BrowserSession.screenshot(mentee, "languages-mentee-check-ins");
        mentee.navigate(url("notifications"));
        assertThat(mentee.getByText(de("notification.inbox.when", BERLIN.getId()))).isVisible();
        assertThat(mentee.getByText(dateTime(newestNotificationOf("mentee"), BERLIN, Locale.GERMAN)).first())
                .isVisible();
        BrowserSession.screenshot(mentee, "languages-mentee-notifications");
        // her journal's export: a German file name, the header row in German
        mentee.navigate(url("journal"));
        Download journal = mentee.waitForDownload(() -> mentee.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(de("checkin.journal.export-name"))).click());
        assertThat(journal.suggestedFilename()).startsWith("lernjournal-").endsWith(".csv");
        mentee.context().close();

        Page mentor = browser.newPage(NEW_YORK.getId(), "en-US");
        signIn(mentor, "mentor", DEMO_PASSWORD);
        assertThat(mentor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(en("dashboard.home.welcome", "")).setExact(false))).isVisible();
        mentor.navigate(url("mentees"));
        assertThat(mentor.getByText(date(dueOn, Locale.ENGLISH)).first()).isVisible();
        mentor.navigate(url("notifications"));
        assertThat(mentor.getByText(en("notification.inbox.when", NEW_YORK.getId()))).isVisible();
        assertThat(mentor.getByText(dateTime(newestNotificationOf("mentor"), NEW_YORK, Locale.ENGLISH)).first())
                .isVisible();
        BrowserSession.screenshot(mentor, "languages-mentor-notifications");
        mentor.context().close();
    }

    private Instant newestNotificationOf(String username) {
        Timestamp newest = journeyJdbc.queryForObject("select max(n.created_at) from notification n"
                + " join app_user u on u.id = n.recipient_id where u.username = ?", Timestamp.class, username);
        // stored as UTC wall-clock time
        return newest.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static String de(String key, Object... args) {
        return Messages.shared().format(Locale.GERMAN, key, args).strip();
    }

    private static String en(String key, Object... args) {
        return Messages.shared().format(Locale.ENGLISH, key, args).strip();
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(Messages.shared().raw(locale, "format.date"), locale).format(date);
    }

    private static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern(Messages.shared().raw(locale, "format.date-time"), locale)
                .format(instant.atZone(zone));
    }
}
