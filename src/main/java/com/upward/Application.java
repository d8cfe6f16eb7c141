package com.upward;

import com.upward.base.StartupReport;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.aura.Aura;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.PWA;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

@SpringBootApplication
@StyleSheet(Aura.STYLESHEET)
// the app's font, Latin, Latin Extended, Cyrillic and Greek only (decision 028)
@NpmPackage(value = "@fontsource-variable/inter", version = "5.3.0")
@CssImport("./styles/inter.css")
@CssImport("./styles/upward.css")
// installable app: manifest, our service worker (frontend/sw.ts: pages always from the network, the offline page when
// that fails, beacons sent by the worker itself so the server drops a page left behind; decision 028),
// icons derived from icons/icon.png (scripts/DrawAppIcon.java); colours of the brand and of Aura's light background
@PWA(name = "Upward", shortName = "Upward",
        description = "Mentoring programs that fail forward",
        themeColor = "#4f46e5", backgroundColor = "#eceff2",
        iconPath = "icons/icon.png", offlinePath = "offline.html")
// the whole bundle loads with the first page (6 cached files) instead of a view's components after its server
// answer, a wave of requests before it can show (docs/benchmarks.md, "Page speed")
@LoadDependenciesOnStartup
@Meta(name = "description", content = "Upward - mentoring programs that fail forward")
public class Application implements AppShellConfigurator {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        StartupReport.attachIfAsked(application);
        application.run(args);
    }
}
