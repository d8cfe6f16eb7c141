package com.upward.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether any demo account (the generated sample accounts, all with one published password) can still sign in.
 * Read from the accounts themselves rather than from the demo-data setting: a database filled once with demo data
 * keeps those accounts after the setting is turned off.
 */
@Component
public class DemoAccountsPresence {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsPresence.class);

    private final JdbcTemplate jdbc;

    DemoAccountsPresence(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False also when the database cannot be asked: the sign-in page must still show, and it says why. */
    public boolean demoAccountsCanSignIn() {
        try {
            return !jdbc.queryForList("select id from app_user where demo_account = true and enabled = true limit 1",
                    Long.class).isEmpty();
        } catch (DataAccessException unavailable) {
            log.debug("Demo accounts could not be counted: {}", unavailable.getMessage());
            return false;
        }
    }
}
