package com.upward.security;

import com.upward.base.Role;

import com.upward.security.internal.AppUserRepository;
import com.upward.security.internal.MyAccountService;
import com.upward.security.internal.UserAccountService;
import com.upward.testsupport.Fixtures;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.WebApplicationContext;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static com.upward.security.MyAccountServiceTest.NEW_PASSWORD;
import static com.upward.security.MyAccountServiceTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, finding 5: a change of password, a reset, a lock, a deactivation or a change of roles ends the person's
 * other sessions at their next request, on any node (the stamp is in the database); the session that changed its
 * own password goes on. Requests go through the real security filters with sessions as sign-in leaves them.
 */
@SpringBootTest
class OtherSessionsTest {

    @Autowired
    FilterChainProxy securityFilters;
    @Autowired
    AppUserRepository users;
    @Autowired
    MyAccountService myAccount;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    WebApplicationContext context;

    private AppUser user;

    @BeforeEach
    void anAccount() {
        context.getServletContext().setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        String username = Fixtures.unique("two.tabs");
        user = new AppUser(username, username + "@example.test", "Sam Tabs", passwordEncoder.encode(PASSWORD));
        user.getRoles().add(Role.EMPLOYEE);
        user = users.saveAndFlush(user);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionButNotItsOwn() throws Exception {
        MockHttpSession first = signedIn(user.getUsername());
        MockHttpSession second = signedIn(user.getUsername());
        assertThat(open("/goals", second).reachedTheApp()).isTrue();

        as(first, () -> myAccount.changeMyPassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

        Outcome other = open("/goals", second);
        assertThat(other.reachedTheApp()).isFalse();
        assertThat(other.response().getRedirectedUrl()).endsWith("/login");
        assertThat(second.isInvalid()).isTrue();
        assertThat(open("/goals", first).reachedTheApp()).isTrue();
        assertThat(first.isInvalid()).isFalse();
    }

    @Test
    void theForcedChangeEndsTheOtherSessionsToo() throws Exception {
        user.setMustChangePassword(true);
        user = users.saveAndFlush(user);
        MockHttpSession first = signedIn(user.getUsername());
        MockHttpSession second = signedIn(user.getUsername());

        as(first, () -> myAccount.chooseNewPassword(NEW_PASSWORD, NEW_PASSWORD));

        assertThat(open("/goals", second).reachedTheApp()).isFalse();
        assertThat(open("/goals", first).reachedTheApp()).isTrue();
    }

    /** Vaadin's round trips (UIDL) are let through signed out, so Vaadin answers "session expired" and reloads. */
    @Test
    void aVaadinRoundTripOfAnEndedSessionArrivesSignedOut() throws Exception {
        MockHttpSession stale = signedIn(user.getUsername());
        as(signedIn(user.getUsername()), () -> myAccount.changeMyPassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

        var request = request("POST", "/", stale);
        request.setParameter("v-r", "uidl");
        request.setParameter("v-uiId", "0");
        Outcome roundTrip = send(request);

        assertThat(stale.isInvalid()).isTrue();
        assertThat(roundTrip.reachedTheApp()).isTrue();
        assertThat(roundTrip.authentication()).isInstanceOf(AnonymousAuthenticationToken.class);
    }

    enum AdminAction { RESET_PASSWORD, LOCK, DEACTIVATE, CHANGE_ROLES }

    @ParameterizedTest
    @EnumSource(AdminAction.class)
    void anAdministratorsChangeEndsThePersonsSessions(AdminAction action) throws Exception {
        MockHttpSession session = signedIn(user.getUsername());
        assertThat(open("/goals", session).reachedTheApp()).isTrue();

        as(signedIn("admin"), () -> {
            long version = accounts.findAccount(user.getId()).version();
            switch (action) {
                case RESET_PASSWORD -> accounts.resetPassword(user.getId(), version);
                case LOCK -> accounts.lock(user.getId(), version);
                case DEACTIVATE -> accounts.deactivate(user.getId(), version);
                case CHANGE_ROLES -> accounts.changeRoles(user.getId(), version, Set.of(Role.EMPLOYEE, Role.HR));
            }
        });

        assertThat(open("/goals", session).reachedTheApp()).isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anUnchangedAccountKeepsItsSessions() throws Exception {
        MockHttpSession session = signedIn(user.getUsername());
        as(signedIn("admin"), () -> accounts.findAccount(user.getId()));

        assertThat(open("/goals", session).reachedTheApp()).isTrue();
        assertThat(open("/goals", session).reachedTheApp()).isTrue();
    }

    /** A session as a successful sign-in leaves it: the security context, with a freshly loaded principal. */
    private MockHttpSession signedIn(String username) {
        UserDetails principal = userDetails.loadUserByUsername(username);
        SecurityContext signedIn = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        var session = new MockHttpSession(context.getServletContext());
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signedIn);
        return session;
    }

    /** Runs {@code work} in a request of {@code session}: the session's own context, as Vaadin's requests have it. */
    private static void as(MockHttpSession session, Runnable work) {
        var context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Outcome open(String path, MockHttpSession session) throws Exception {
        return send(request("GET", path, session));
    }

    private MockHttpServletRequest request(String method, String path, MockHttpSession session) {
        var request = new MockHttpServletRequest(context.getServletContext(), method, path);
        request.setSession(session);
        return request;
    }

    private Outcome send(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        AtomicReference<Authentication> reached = new AtomicReference<>();
        // stands in for Vaadin's servlet: records who the request arrived as
        var app = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                reached.set(SecurityContextHolder.getContext().getAuthentication());
            }
        };
        securityFilters.doFilter(request, response, new MockFilterChain(app));
        SecurityContextHolder.clearContext();
        return new Outcome(response, reached.get());
    }

    private record Outcome(MockHttpServletResponse response, Authentication authentication) {
        boolean reachedTheApp() {
            return authentication != null;
        }
    }
}
