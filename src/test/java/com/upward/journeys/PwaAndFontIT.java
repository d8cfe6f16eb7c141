package com.upward.journeys;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.upward.testsupport.TestTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installable app and the web font (issue 25, decision 028): the manifest, the service worker, the icons and
 * the offline page without signing in; the service worker never serves a page from its cache while online (signing
 * in and out shows each person their own pages) and shows the offline page, in English and German, without a
 * connection; and names in Cyrillic, Greek and Latin Extended are drawn in the app's font like the rest of the page.
 */
class PwaAndFontIT extends JourneyTest {

    static final String FONT = "Inter Variable";
    static final Page.GetByRoleOptions WELCOME = new Page.GetByRoleOptions().setName("Welcome").setExact(false);

    /** Answers as they come: a redirect to the sign-in page would show as a 302 here. */
    final HttpClient http = HttpClient.newHttpClient();

    private final String key = "PWA" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    @AfterEach
    void removeJourneyEmployees() {
        journeyJdbc.update("delete from employee where employee_number like ?", key + "-%");
    }

    HttpResponse<byte[]> anonymousGet(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theManifestServiceWorkerIconsAndOfflinePageNeedNoSignIn() throws Exception {
        var manifest = anonymousGet("manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/manifest+json"));
        JsonNode json = JsonMapper.builder().build().readTree(manifest.body());
        assertThat(json.path("name").asString()).isEqualTo("Upward");
        assertThat(json.path("short_name").asString()).isEqualTo("Upward");
        assertThat(json.path("display").asString()).isEqualTo("standalone");
        assertThat(json.path("theme_color").asString()).isEqualTo("#4f46e5");
        List<String> sizes = new ArrayList<>();
        for (JsonNode icon : json.path("icons")) {
            sizes.add(icon.path("sizes").asString());
            var image = anonymousGet(icon.path("src").asString());
            assertThat(image.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).as(icon.toString()).contains("image/png");
            // a PNG: the signature's "PNG" after its first byte
            assertThat(new String(image.body(), 1, 3)).as(icon.toString()).isEqualTo("PNG");
        }
        assertThat(sizes).contains("192x192", "512x512");

        var worker = anonymousGet("sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
        assertThat(anonymousGet("sw-runtime-resources-precache.js").statusCode()).isEqualTo(200);

        var offline = anonymousGet("offline.html");
        assertThat(offline.statusCode()).isEqualTo(200);
        assertThat(new String(offline.body(), StandardCharsets.UTF_8))
                .contains("Upward needs a connection", "Upward braucht eine Verbindung", "Try again",
                        "Erneut versuchen");

        // the pages point to them, and Chromium finds the app installable: it names no reason why not, but that
        // the journeys' browser contexts are private ones (where nothing is installed)
        Page page = browser.newPage();
        page.navigate(url("login"));
        assertThat(page.locator("link[rel='manifest']")).hasAttribute("href", "manifest.webmanifest");
        assertThat(page.locator("meta[name='theme-color']")).hasAttribute("content", "#4f46e5");
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        var devTools = page.context().newCDPSession(page);
        List<String> installability = new ArrayList<>();
        for (var error : devTools.send("Page.getInstallabilityErrors").getAsJsonArray("installabilityErrors")) {
            installability.add(error.getAsJsonObject().get("errorId").getAsString());
        }
        assertThat(installability).containsExactly("in-incognito");
        page.context().close();
    }

    @Test
    void theServiceWorkerNeverShowsAStalePageAndShowsTheOfflinePageWithoutAConnection() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        page.locator(SETTLED_FORM).waitFor();
        // installed, with the bundle, the icons and the offline page in its cache, and in control of the page
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");

        signIn(page, "hr", DEMO_PASSWORD);
        assertThat(page).hasURL(url(""));
        assertThat(page.getByRole(AriaRole.HEADING, WELCOME)).isVisible();
        String hrName = journeyJdbc.queryForObject("select concat(e.first_name, ' ', e.last_name) from app_user u"
                + " join employee e on e.id = u.employee_id where u.username = 'hr'", String.class);
        assertThat(page.locator(".user-name")).hasText(hrName);
        page.locator("vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(url("login"));

        // the same browser, still under the service worker: the next person sees their own pages
        signIn(page, "mentee", DEMO_PASSWORD);
        assertThat(page).hasURL(url(""));
        assertThat(page.getByRole(AriaRole.HEADING, WELCOME)).isVisible();
        String menteeName = journeyJdbc.queryForObject("select concat(e.first_name, ' ', e.last_name) from app_user u"
                + " join employee e on e.id = u.employee_id where u.username = 'mentee'", String.class);
        assertThat(page.locator(".user-name")).hasText(menteeName);
        page.navigate(url(""));
        assertThat(page.locator(".user-name")).hasText(menteeName);

        // no connection, a link in the open app: Vaadin's router shows the offline page in a frame, and the view
        // once the connection is back
        page.context().setOffline(true);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My check-ins")).click();
        var framed = page.frameLocator("iframe[src*='offline-stub.html']");
        assertThat(framed.getByRole(AriaRole.HEADING, new FrameLocator.GetByRoleOptions().setName("You're offline")))
                .isVisible();
        page.context().setOffline(false);
        assertThat(page.locator("iframe[src*='offline-stub.html']")).hasCount(0);
        assertThat(page).hasURL(url("checkins"));
        assertThat(page.locator(".view-title")).hasText("My check-ins");

        // no connection, a page load: the service worker's offline page, in both languages, for any page; back
        // online, the page itself
        var offline = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You're offline"));
        page.context().setOffline(true);
        page.navigate(url("goals"));
        assertThat(offline).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Keine Verbindung")))
                .isVisible();
        assertThat(page).hasURL(url("goals"));
        BrowserSession.screenshot(page, "offline-page");
        // trying again while still offline loads the page again: the offline page again
        page.evaluate("() => window.beforeRetry = true");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again · Erneut versuchen")).click();
        page.waitForFunction("() => window.beforeRetry === undefined && document.readyState === 'complete'");
        assertThat(offline).isVisible();
        page.context().setOffline(false);
        // the page tries again by itself once the browser is online
        assertThat(offline).hasCount(0);
        assertThat(page).hasURL(url("goals"));
        assertThat(page.locator(".user-name")).hasText(menteeName);
        page.context().close();
    }

    @Test
    void namesInCyrillicGreekAndLatinExtendedAreDrawnInTheAppsFont() {
        var now = TestTime.utcNow();
        String[][] people = {
                {"Анна", "Кузнецова", "Product Manager", "Europe/Moscow"},
                {"Ελένη", "Παπαδοπούλου", "Data Engineer", "Europe/Athens"},
                {"Łucja", "Dvořák", "Staff Designer", "Europe/Prague"},
                {"Oliver", "Hughes", "Engineering Manager", "Europe/London"}};
        for (int i = 0; i < people.length; i++) {
            journeyJdbc.update("insert into employee (version, employee_number, first_name, last_name, email,"
                    + " department, job_title, job_level, location, time_zone, active, created_at, updated_at)"
                    + " values (0, ?, ?, ?, ?, 'Engineering', ?, 4, 'Berlin', ?, true, ?, ?)",
                    key + "-" + i, people[i][0], people[i][1], key.toLowerCase() + i + "@upward.example",
                    people[i][2], people[i][3], now, now);
        }
        Page page = signedIn("hr");
        for (var size : List.of(new int[] {1366, 860, 0}, new int[] {390, 844, 1})) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("employees"));
            var table = page.locator("upward-table");
            assertThat(table.locator("tbody tr").first()).isVisible();
            page.getByLabel("Search employees").fill(key);
            assertThat(table.locator("tbody tr")).hasCount(people.length);
            for (String[] person : people) {
                assertThat(table.getByText(person[0] + " " + person[1])).isVisible();
            }
            // each script's file of the font was fetched (a face loads only for characters in its range) and used
            page.waitForFunction("""
                    family => ['U+400-45F', 'U+370-377', 'U+100-2BA', 'U+0-FF'].every(range => [...document.fonts]
                        .some(f => f.family.replaceAll('"', '') === family && f.unicodeRange.includes(range)
                            && f.status === 'loaded'))""", FONT);
            for (String text : List.of("Анна Кузнецова", "Ελένη Παπαδοπούλου", "Łucja Dvořák")) {
                assertThat((Boolean) page.evaluate("([family, text]) => document.fonts.check('16px \"' + family"
                        + " + '\"', text)", List.of(FONT, text))).as(text).isTrue();
            }
            assertThat((String) page.evaluate("() => getComputedStyle(document.body).fontFamily"))
                    .startsWith("\"" + FONT + "\"");
            assertThat((String) table.getByText("Анна Кузнецова").evaluate("el => getComputedStyle(el).fontFamily"))
                    .startsWith("\"" + FONT + "\"");
            BrowserSession.screenshot(page, "directory-scripts-" + (size[2] == 0 ? "desktop" : "phone"));
        }
        page.context().close();
    }
}
