package com.upward.security.internal;

import com.upward.base.Role;

import com.upward.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SsoProperties.class)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    private static final String LOGIN_PATH = "/login";

    /**
     * What the browser may load. Vaadin Flow needs inline and eval'd scripts (its bootstrap and the expressions the
     * server sends) and inline styles; everything else comes from this origin only, and no other site may frame us.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /**
     * Actuator: health and info are public (the compose health check and the load balancer read them). No password
     * is checked here at all (issue 21): HTTP Basic would be a way round the sign-in throttle and its status codes
     * a yes/no answer to each guess. The other endpoints need an administrator who signed in through the login
     * page (the session is read, never created here); Prometheus may instead send the scrape token
     * ({@code upward.metrics.token}). Anyone else gets 401, a signed-in non-administrator 403.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http,
                                                    @Value("${upward.metrics.token:}") String metricsToken)
            throws Exception {
        AuthorizationManager<RequestAuthorizationContext> administrator = AuthorityAuthorizationManager
                .hasRole(Role.Names.ADMIN);
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus"))
                        .access(AuthorizationManagers.anyOf(new MetricsScrapeToken(metricsToken), administrator))
                        .anyRequest().access(administrator))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(SecurityConfig::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, SsoProperties sso,
                                            SsoAccounts ssoAccounts, RequestUtil vaadinRequests,
                                            AppUserRepository users, SecurityContextHolderStrategy contexts)
            throws Exception {
        // once the session's security context is loaded: a session whose account changed ends here (issue 21)
        http.addFilterBefore(new SessionEpochFilter(users, contexts), AnonymousAuthenticationFilter.class);
        // then a page load that must go elsewhere is redirected before Vaadin renders it (decision 024)
        http.addFilterBefore(new SignedInPageRedirects(users, contexts, vaadinRequests, LOGIN_PATH),
                AnonymousAuthenticationFilter.class);
        if (sso.enabled()) {
            // besides the local accounts: OpenID Connect with the registration in spring.security.oauth2.client.*
            http.oauth2Login(login -> login.loginPage(LOGIN_PATH).failureUrl("/login?sso-error")
                    .userInfoEndpoint(info -> info.oidcUserService(new SsoUserService(ssoAccounts, sso.mapping()))));
        }
        return http
                .authorizeHttpRequests(requests -> requests.requestMatchers("/images/**").permitAll()
                        // the error page of a refused actuator call must not turn into a login redirect
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll())
                .headers(SecurityConfig::headers)
                // a new session id at sign-in, so an id planted before it is worthless (session fixation)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new SignInThrottleFilter(throttle, LOGIN_PATH),
                        UsernamePasswordAuthenticationFilter.class)
                // The page is named here too: this configurer initialises before Vaadin's, and without a page of
                // its own it would switch on Spring's generated "Please sign in" page at /login. Vaadin's setup then
                // keeps the failure handler (it sets only the page and the success handler).
                .formLogin(form -> form.loginPage(LOGIN_PATH).failureHandler(new SignInFailureHandler(LOGIN_PATH)))
                // Login CSRF (issue 21): Vaadin's own CSRF setup exempts the login POST; ours exempts only Vaadin's
                // internal requests (they carry Vaadin's own token). The login form sends the token from the
                // page's meta tags; a POST from another site, or with a stale token, goes back to the login page.
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                        .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                            @Override
                            public <O extends CsrfFilter> O postProcess(O filter) {
                                filter.setAccessDeniedHandler(new LoginCsrfDeniedHandler(LOGIN_PATH));
                                return filter;
                            }
                        }))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .enableCsrfConfiguration(false)
                        .loginView(LoginView.class, LOGIN_PATH)
                        // Unknown paths reach Vaadin, which answers with the friendly "not found" page
                        // (status 404) instead of an empty 403.
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers
                // before the response is handled: Vaadin commits its pages in a way the lazy writer misses
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                // the reports page previews its PDF in an iframe of the same origin; other sites may not frame us
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults());
    }

    /**
     * Delegating encoder: stores {bcrypt} hashes today and still reads older formats after a change. No more hashes
     * at once than processors, so that a wave of sign-ins cannot starve the signed-in users (issue 10).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Runtime.getRuntime().availableProcessors());
    }
}
