package com.upward.security.ui;

import com.upward.security.internal.AppUserRepository;
import com.vaadin.browserless.SpringBrowserlessTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fixture of the account view tests: {@link TestAccounts} from the shared Spring context, and no one signed in
 * after each test. Subclasses still carry {@code @ViewPackages}: Browserless reads it from the test class only.
 */
@SpringBootTest
abstract class AccountViewTest extends SpringBrowserlessTest {

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

    TestAccounts accounts;

    @BeforeEach
    void newAccounts() {
        accounts = new TestAccounts(users, passwordEncoder, userDetails, em, transaction);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
