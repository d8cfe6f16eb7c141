package com.upward.security.internal;

import com.upward.base.Role;

import com.upward.security.AppUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deployment without demo data needs someone to sign in as. On a database with no administrator this creates one
 * at start-up: from {@code UPWARD_ADMIN_USERNAME}/{@code UPWARD_ADMIN_PASSWORD} when set (the password must pass
 * {@link PasswordPolicy}, else start-up stops), otherwise {@code admin} with a one-time password written to the log
 * this once and a forced change at the first sign-in. Nodes starting together on one empty database race on the
 * unique username: one creates the account, the others find it and print nothing. The insert goes through JPA, so
 * the audit log records it (actor "system").
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "upward.demo-data.enabled", havingValue = "false", matchIfMissing = true)
class FirstAdministrator implements ApplicationRunner {

    static final String DEFAULT_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;
    private final String email;

    FirstAdministrator(AppUserRepository users, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                       PasswordEncoder passwordEncoder,
                       @Value("${upward.admin.username:}") String username,
                       @Value("${upward.admin.password:}") String password,
                       @Value("${upward.admin.email:}") String email) {
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.username = username.isBlank() ? DEFAULT_USERNAME : username.strip();
        this.password = password;
        this.email = email.isBlank() ? this.username + "@localhost" : email.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoAdministrator();
    }

    /** Creates the first administrator unless there is one; returns whether this call created it. */
    boolean createIfNoAdministrator() {
        if (administratorExists()) {
            return false;  // the variables are not checked again: a later, stricter policy must not stop a start
        }
        boolean chosen = !password.isEmpty();
        if (chosen) {
            PasswordPolicy.problem(username, password).ifPresent(problem -> {
                throw new Refused("UPWARD_ADMIN_PASSWORD is not accepted: " + problem.english());
            });
        }
        String initial = chosen ? password : OneTimePasswords.next();
        String hash = passwordEncoder.encode(initial);  // outside the transaction: the insert holds its locks briefly
        try {
            transaction.executeWithoutResult(status -> {
                AppUser admin = new AppUser(username, email, "Administrator", hash);
                admin.getRoles().add(Role.ADMIN);
                admin.setMustChangePassword(!chosen);
                users.saveAndFlush(admin);
            });
        } catch (DataAccessException lost) {
            if (administratorExists()) {
                log.info("First administrator: another node created it at the same moment");
                return false;
            }
            if (!(lost instanceof DataIntegrityViolationException)) {
                throw lost;
            }
            throw new Refused("No administrator exists and the username \"" + username
                    + "\" or its e-mail address is taken by another account: set UPWARD_ADMIN_USERNAME (and "
                    + "UPWARD_ADMIN_PASSWORD) to a free username");
        }
        if (chosen) {
            log.info("First administrator \"{}\" created with the password from UPWARD_ADMIN_PASSWORD", username);
        } else {
            log.warn(banner(username, initial));
        }
        return true;
    }

    private boolean administratorExists() {
        Long admins = jdbc.queryForObject("select count(*) from user_role where role = 'ADMIN'", Long.class);
        return admins != null && admins > 0;
    }

    /** Shown this once: later starts find the administrator and say nothing about the password. */
    static String banner(String username, String oneTimePassword) {
        String line = "=".repeat(100);
        return "\n" + line + "\n"
                + "  First administrator created: sign in as \"" + username + "\" with the one-time password  "
                + oneTimePassword + "\n"
                + "  You will be asked to choose your own password. This password is not shown again.\n"
                + line;
    }

    /** Why start-up stops, in one line; {@link FirstAdministratorFailureAnalyzer} shows it without a stack trace. */
    static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }
}
