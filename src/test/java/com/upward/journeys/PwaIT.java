package com.upward.journeys;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installable app (issue 25, decision 028): the manifest, the service worker, the icons and the offline page
 * without signing in; the server lets go of each page a person leaves; the service worker never serves a page from
 * its cache while online (signing in and out shows each person their own pages) and shows the offline page, in
 * English and German, without a connection.
 */
class PwaIT extends JourneyTest {

    static final Page.GetByRoleOptions WELCOME = new Page.GetByRoleOptions().setName("Welcome").setExact(false);

    /** Answers as they come: a redirect to the sign-in page would show as a 302 here. */
    final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    WebServerApplicationContext app;

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

    /**
     * A page tells the server it has gone with a beacon, and the server drops its UI. Under Vaadin's default service
     * worker that beacon was lost now and then, and the server held the page left (about 40 KB) for 15 minutes; ours
     * sends beacons itself (frontend/sw.ts, decision 028).
     */
    @Test
    void theServerLetsGoOfEveryPageThePersonLeaves() {
        Page page = browser.newPage();
        signIn(page, "mentee", DEMO_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, WELCOME)).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(ServerSessions.viewsHeldFor(page, app)).containsExactly("HomeView");
        page.navigate(url("checkins"));
        assertThat(page.locator(".view-title")).hasText("My check-ins");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(ServerSessions.viewsHeldFor(page, app)).containsExactly("MyCheckInsView");
        page.context().close();
    }

    @Test
    void theServiceWorkerNeverShowsAStalePageAndShowsTheOfflinePageWithoutAConnection() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        page.locator(SETTLED_FORM).waitFor();
        // installed, with the offline page and the icons in its cache, and in control of the page
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");

        signInAndSeeOwnName(page, "hr");
        page.locator("vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(url("login"));

        // the same browser, still under the service worker: the next person sees their own pages
        String menteeName = signInAndSeeOwnName(page, "mentee");
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

    /** Signs {@code username} in on {@code page} and checks the home page names them; returns the name. */
    private String signInAndSeeOwnName(Page page, String username) {
        signIn(page, username, DEMO_PASSWORD);
        assertThat(page).hasURL(url(""));
        assertThat(page.getByRole(AriaRole.HEADING, WELCOME)).isVisible();
        String name = journeyJdbc.queryForObject("select concat(e.first_name, ' ', e.last_name) from app_user u"
                + " join employee e on e.id = u.employee_id where u.username = ?", String.class, username);
        assertThat(page.locator(".user-name")).hasText(name);
        return name;
    }
}
