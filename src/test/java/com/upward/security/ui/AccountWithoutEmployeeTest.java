package com.upward.security.ui;

import com.upward.security.AppUser;
import com.upward.security.AppUserRepository;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An account with the EMPLOYEE role but no employee record opens every employee page and finds it empty. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
class AccountWithoutEmployeeTest extends SpringBrowserlessTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void signIn() {
        var accounts = new TestAccounts(users, passwordEncoder, userDetails, em, transaction);
        AppUser user = accounts.employeeAccount(false);
        accounts.signIn(user.getUsername());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "/{0} opens")
    @ValueSource(strings = {"", "goals", "checkins", "mentees", "journal"})
    void theEmployeePagesOpenEmpty(String route) {
        UI.getCurrent().navigate(route);

        assertThat(getCurrentView().getClass())
                .isEqualTo(RouteConfiguration.forApplicationScope().getRoute(route).orElseThrow());
    }
}
