package com.upward.security.ui;

import com.upward.directory.Employee;
import com.upward.security.AppUser;
import com.upward.security.internal.AppUserRepository;
import com.upward.base.Role;
import com.upward.testsupport.Fixtures;
import jakarta.persistence.EntityManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Committed fixtures for view tests (views run their own transactions): accounts and employees with unique names,
 * so they never collide with the demo data or with each other. Never an administrator: the last-admin rule in
 * other tests relies on the demo "admin" being the only one.
 */
final class TestAccounts {

    static final String PASSWORD = "Original-password-1";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService userDetails;
    private final EntityManager em;
    private final TransactionTemplate transaction;

    /** From the test's autowired beans; a plain helper, so the test shares the cached Spring context. */
    TestAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, UserDetailsService userDetails,
                 EntityManager em, TransactionTemplate transaction) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.userDetails = userDetails;
        this.em = em;
        this.transaction = transaction;
    }

    AppUser employeeAccount(boolean mustChangePassword) {
        String username = Fixtures.unique("view.user");
        AppUser user = new AppUser(username, username + "@example.test", "Robin " + username,
                passwordEncoder.encode(PASSWORD));
        user.getRoles().add(Role.EMPLOYEE);
        user.setMustChangePassword(mustChangePassword);
        return users.saveAndFlush(user);
    }

    Employee employeeWithoutAccount() {
        return transaction.execute(status -> {
            Employee employee = Fixtures.newEmployee();
            em.persist(employee);
            return employee;
        });
    }

    AppUser reload(AppUser user) {
        return users.findById(user.getId()).orElseThrow();
    }

    AppUser byUsername(String username) {
        return users.findByUsernameIgnoreCase(username).orElseThrow();
    }

    boolean passwordIs(AppUser user, String password) {
        return passwordEncoder.matches(password, reload(user).getPasswordHash());
    }

    void signIn(String username) {
        SecurityContextHolder.clearContext();
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
