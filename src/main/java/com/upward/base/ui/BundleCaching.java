package com.upward.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The production bundle's files ({@code /VAADIN/build/}) are cached by the browser for a year and never revalidated:
 * Vite puts a hash of each file's content in its name, so a changed file has a new name. Vaadin serves them with
 * {@code max-age=3600}, and Chromium then asks again for each of the 40–60 files on every page load (a 304 each, in
 * waves, before the view can show: docs/benchmarks.md, "Page speed").
 */
@Configuration(proxyBeanMethods = false)
class BundleCaching {

    static final String FOREVER = "public, max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> bundleCachingFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                response.setHeader("Cache-Control", FOREVER);
                chain.doFilter(request, new ImmutableCaching(response));
            }
        });
        registration.addUrlPatterns("/VAADIN/build/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Keeps {@link #FOREVER} whatever the servlet sets, except for an error (a missing file is not cached). */
    private static final class ImmutableCaching extends HttpServletResponseWrapper {

        ImmutableCaching(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= 400) {
                super.setHeader("Cache-Control", "no-store");
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            super.setHeader("Cache-Control", "no-store");
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.setHeader("Cache-Control", "no-store");
            super.sendError(status, message);
        }
    }
}
