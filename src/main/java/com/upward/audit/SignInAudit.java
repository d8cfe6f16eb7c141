package com.upward.audit;

import com.upward.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Sign-ins and failed sign-ins in the audit log (issue 24: they were not listed), from Spring Security's own
 * events. Written at once, on its own: a sign-in never fails because its audit row could not be written.
 */
@Component
class SignInAudit {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAudit.class);
    private static final String INSERT = "insert into audit_event (occurred_at, actor, action, entity_type,"
            + " entity_id, details) values (?, ?, ?, ?, ?, ?)";
    private static final int ACTOR_MAX = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInAudit(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        write(actor(event.getAuthentication().getName()), "Signed in");
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String why = switch (event.getException()) {
            case LockedException locked -> "the account is locked";
            case DisabledException disabled -> "the account is deactivated";
            case BadCredentialsException wrong -> "wrong username or password";
            default -> "refused";
        };
        write(actor(event.getAuthentication().getName()), "Sign-in failed: " + why);
    }

    /** The username signed in with, or typed: any text, kept to the column's size. */
    private static String actor(String name) {
        return Texts.abbreviate(Texts.clean(String.valueOf(name)), ACTOR_MAX);
    }

    private void write(String actor, String details) {
        try {
            jdbc.update(INSERT, clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime(), actor,
                    AuditAction.LOGIN.name(), "AppUser", null, details);
        } catch (DataAccessException e) {
            LOG.warn("Could not write the audit row of a sign-in of {}: {}", actor, e.getMessage());
        }
    }
}
