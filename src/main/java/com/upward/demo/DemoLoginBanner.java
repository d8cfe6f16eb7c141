package com.upward.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Once the application is ready, logs where it runs and the demo logins (only when demo data is enabled). */
@Component
@ConditionalOnProperty(name = "upward.demo-data.enabled", havingValue = "true")
class DemoLoginBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginBanner.class);

    @EventListener(ApplicationReadyEvent.class)
    void onReady(ApplicationReadyEvent event) {
        log.info(render(url(event.getApplicationContext().getEnvironment())));
    }

    /** The local URL: the port the server actually bound, else the configured one. */
    static String url(Environment environment) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("server.servlet.context-path", "");
        return "http://localhost:" + port + (path.endsWith("/") ? path : path + "/");
    }

    static String render(String url) {
        StringBuilder text = new StringBuilder("\n")
                .append("=".repeat(100)).append('\n')
                .append("  Upward is running at ").append(url).append('\n')
                .append("  Demo logins (password \"").append(DemoAccounts.PASSWORD).append("\" for every account):\n");
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            text.append(String.format("    %-8s / %-7s %-20s %s%n", account.username(), account.password(),
                    String.join(", ", account.roles()), account.description()));
        }
        return text.append("  Every other participant signs in as firstname.lastname (ASCII letters); admin's User accounts page lists them.\n")
                .append("=".repeat(100)).toString();
    }
}
