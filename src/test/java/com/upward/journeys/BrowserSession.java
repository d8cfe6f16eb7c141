package com.upward.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Real Chromium for journey tests. Uses the machine's Chromium (UPWARD_CHROMIUM, default /usr/bin/chromium)
 * rather than a browser Playwright would download.
 */
final class BrowserSession implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    BrowserSession() {
        playwright = Playwright.create();
        String executable = System.getenv().getOrDefault("UPWARD_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Paths.get(executable))) {
            throw new IllegalStateException("Chromium not found at " + executable
                    + ": install it (apt-get install chromium) or set UPWARD_CHROMIUM");
        }
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(executable))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-gpu",
                        "--disable-component-update", "--no-first-run")));
    }

    Page newPage() {
        return newPage(null);
    }

    /** A page whose browser reports this time zone (null: the machine's), in American English. */
    Page newPage(String timezoneId) {
        return newPage(timezoneId, "en-US");
    }

    /** A page whose browser reports this time zone (null: the machine's) and language (Accept-Language). */
    Page newPage(String timezoneId, String locale) {
        var options = new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale(locale);
        if (timezoneId != null) {
            options.setTimezoneId(timezoneId);
        }
        var context = browser.newContext(options);
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
