package com.upward.security.internal;

import com.upward.security.UserPrincipal;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Where a signed-in person's page load must go instead, answered with a redirect before Vaadin renders anything: an
 * account that must change its password goes to {@code /change-password} whatever page it opens, and the sign-in
 * page, opened while signed in, goes to the home page. The first view is rendered into the page's HTML
 * (decision 024); a view's own forward there showed the right view under the wrong address. Navigations inside the
 * app are Vaadin requests, not page loads: {@code PasswordChangeGuard} keeps checking those.
 */
final class SignedInPageRedirects extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/change-password";
    /** Pages a must-change account may still load: the change itself, and leaving. */
    private static final Set<String> OPEN_TO_MUST_CHANGE = Set.of(CHANGE_PASSWORD_PATH, "/logout");

    private final AppUserRepository users;
    private final SecurityContextHolderStrategy contexts;
    private final RequestUtil vaadinRequests;
    private final String loginPath;

    SignedInPageRedirects(AppUserRepository users, SecurityContextHolderStrategy contexts,
                          RequestUtil vaadinRequests, String loginPath) {
        this.users = users;
        this.contexts = contexts;
        this.vaadinRequests = vaadinRequests;
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !"GET".equals(request.getMethod()) || accept == null || !accept.contains("text/html")
                || vaadinRequests.isFrameworkInternalRequest(request)
                || pathOf(request).startsWith("/VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = pathOf(request);
        var principal = UserPrincipal.of(contexts.getContext().getAuthentication());
        if (principal.isPresent()) {
            boolean mustChange = users.findStanding(principal.get().userId()).map(SignInStanding::of)
                    .filter(SignInStanding.MUST_CHANGE_PASSWORD::equals).isPresent();
            if (mustChange && !OPEN_TO_MUST_CHANGE.contains(path)) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
                return;
            }
            if (path.equals(loginPath)) {
                response.sendRedirect(request.getContextPath() + "/");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
