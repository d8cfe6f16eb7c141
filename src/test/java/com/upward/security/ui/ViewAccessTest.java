package com.upward.security.ui;

import com.upward.testsupport.RenderedUi;
import com.upward.shell.AccessDeniedView;
import com.upward.shell.NotFoundView;
import com.upward.security.AccessMatrix;
import com.upward.security.AccessMatrix.Who;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route opened as every kind of user, against the demo accounts: allowed or refused, as the matrix says. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
class ViewAccessTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService accounts;

    static Stream<Arguments> everyRouteForEveryone() {
        return AccessMatrix.ROUTES.keySet().stream()
                .flatMap(route -> Arrays.stream(Who.values()).map(who -> Arguments.of(who, route)));
    }

    @ParameterizedTest(name = "{0} opens /{1}")
    @MethodSource("everyRouteForEveryone")
    void routeIsOpenedOrRefusedAsTheMatrixSays(Who who, String route) {
        signIn(who);
        UI.getCurrent().navigate(route);

        Class<?> shown = getCurrentView().getClass();
        Class<?> target = RouteConfiguration.forApplicationScope().getRoute(route).orElseThrow();
        if (AccessMatrix.ROUTES.get(route).contains(who)) {
            assertThat(shown).as("%s may open /%s", who, route).isEqualTo(
                    route.equals("login") && who != Who.ANONYMOUS ? homeViewClass() : target);
        } else if (who == Who.ANONYMOUS) {
            assertThat(shown).as("anonymous is sent to sign in").isEqualTo(LoginView.class);
        } else {
            assertThat(shown).as("%s is refused /%s", who, route).isIn(AccessDeniedView.class, NotFoundView.class);
        }
    }

    @ParameterizedTest(name = "{0} sees only their menu")
    @EnumSource(value = Who.class, names = "ANONYMOUS", mode = EnumSource.Mode.EXCLUDE)
    void menuShowsOnlyWhatTheRoleMayOpenAndWhatAppliesToThem(Who who) {
        signIn(who);
        UI.getCurrent().navigate("");
        assertThat(RenderedUi.select(UI.getCurrent(), "vaadin-side-nav-item").eachText())
                .containsExactlyElementsOf(AccessMatrix.MENUS.get(who));
        assertThat(MenuConfiguration.getMenuEntries().stream().map(MenuEntry::title).toList())
                .as("the routes the role may open").containsAll(AccessMatrix.MENUS.get(who));
    }

    @Test
    void everyRouteHasAnEntryInTheMatrix() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).collect(Collectors.toSet());
        assertThat(routes).containsExactlyInAnyOrderElementsOf(AccessMatrix.ROUTES.keySet());
    }

    private Class<?> homeViewClass() {
        return RouteConfiguration.forApplicationScope().getRoute("").orElseThrow();
    }

    private void signIn(Who who) {
        SecurityContextHolder.clearContext();
        if (who.username != null) {
            UserDetails user = accounts.loadUserByUsername(who.username);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
    }
}
