package com.upward.security.ui;

import com.upward.security.AppUser;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An account with the EMPLOYEE role but no employee record opens every employee page and finds it empty. */
@ViewPackages(packages = "com.upward")
class AccountWithoutEmployeeTest extends AccountViewTest {

    @BeforeEach
    void signIn() {
        AppUser user = accounts.employeeAccount(false);
        accounts.signIn(user.getUsername());
    }

    @ParameterizedTest(name = "/{0} opens")
    @ValueSource(strings = {"", "goals", "checkins", "mentees", "journal"})
    void theEmployeePagesOpenEmpty(String route) {
        UI.getCurrent().navigate(route);

        assertThat(getCurrentView().getClass())
                .isEqualTo(RouteConfiguration.forApplicationScope().getRoute(route).orElseThrow());
    }
}
