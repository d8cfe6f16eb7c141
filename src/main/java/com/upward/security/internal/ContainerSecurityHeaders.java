package com.upward.security.internal;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Map;

/**
 * The security headers also on what Tomcat answers by itself: a request it refuses while reading the path (such as
 * {@code /checkins/140%00}, a 400) never reaches a filter, so Spring Security's header writer does not see it
 * (issue 21, finding 10). An engine valve runs for those too. It sets only headers not set yet, and Spring Security
 * writes its own only where none is set, so every response has one copy of each, with the same values.
 */
@Component
class ContainerSecurityHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "SAMEORIGIN",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new HeaderValve());
    }

    private static final class HeaderValve extends ValveBase {

        HeaderValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            HEADERS.forEach((name, value) -> {
                if (!response.containsHeader(name)) {
                    response.setHeader(name, value);
                }
            });
            getNext().invoke(request, response);
        }
    }
}
