package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;

/**
 * What the server holds for a browser: the UIs of the Vaadin session behind the page's session cookie, read from
 * the embedded Tomcat of the journey's own app.
 */
final class ServerSessions {

    private ServerSessions() {
    }

    /** The names of the views the UIs of {@code page}'s session show, one per UI the server holds. */
    static List<String> viewsHeldFor(Page page, WebServerApplicationContext app) {
        String id = page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElseThrow();
        Context context = (Context) ((TomcatWebServer) app.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session session;
        try {
            session = context.getManager().findSession(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (session == null) {
            return List.of();
        }
        var http = session.getSession();
        for (String name : Collections.list(http.getAttributeNames())) {
            if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                vaadin.lock();
                try {
                    return vaadin.getUIs().stream().map(ServerSessions::viewName).sorted().toList();
                } finally {
                    vaadin.unlock();
                }
            }
        }
        return List.of();
    }

    private static String viewName(UI ui) {
        return ui.getCurrentView() == null ? "(none)" : ui.getCurrentView().getClass().getSimpleName();
    }
}
