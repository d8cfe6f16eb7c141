package com.upward.security.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.security.AppUser;
import com.upward.security.PasswordResetRequested;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Self-service password reset for local accounts (issue 24). Anyone may ask, by username or email, and always gets
 * the same answer; a link goes out only to an active local account, never to one that signs in by single sign-on
 * only or to a shared demo account. A link's token is 32 random bytes; only its SHA-256 is stored. It works once,
 * for {@code upward.security.password-reset.valid-for}, and at most {@code per-hour} links go out per account.
 */
@Service
public class PasswordResetService {

    /** The one answer to every request, whether or not an account matched. */
    public static final Text SAME_ANSWER = Text.of("security.forgot.answer");
    public static final Text LINK_NOT_VALID = Text.of("security.reset.link-not-valid");
    static final String PATH = "reset-password?token=";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;
    private final int perHour;
    private final SecureRandom random = new SecureRandom();

    PasswordResetService(AppUserRepository users, PasswordEncoder passwordEncoder, JdbcTemplate jdbc,
                         ApplicationEventPublisher events, Clock clock,
                         @Value("${upward.security.password-reset.valid-for:PT30M}") Duration validFor,
                         @Value("${upward.security.password-reset.per-hour:3}") int perHour) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
        this.perHour = perHour;
    }

    /** The account a valid link belongs to: what the reset page needs to check a new password against. */
    public record ResetAccount(String username, String displayName) {
    }

    /** How long a link works, for the request page's wording. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Duration validFor() {
        return validFor;
    }

    /** Sends a link if an account may reset here; says nothing about whether one did. */
    @Transactional
    @PreAuthorize("permitAll()")
    public Text requestReset(String usernameOrEmail) {
        String wanted = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (wanted.isEmpty()) {
            throw new BusinessRuleException("usernameOrEmail", "security.rule.username-or-email-missing");
        }
        if (wanted.length() > 254) {
            throw new BusinessRuleException("usernameOrEmail", "security.rule.username-or-email-too-long");
        }
        account(wanted).filter(this::mayReset).filter(this::underHourlyLimit).ifPresent(this::sendLink);
        return SAME_ANSWER;
    }

    /** The account behind a link that still works, or empty. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<ResetAccount> accountFor(String token) {
        return openReset(token).flatMap(reset -> users.findById(reset.userId()))
                .filter(this::mayReset)
                .map(user -> new ResetAccount(user.getUsername(), user.getDisplayName()));
    }

    /**
     * Sets the new password from a link that still works, uses up every open link of the account, ends its
     * sessions and clears a pending forced change. The field names match {@link MyAccountService}'s.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void resetPassword(String token, String newPassword, String confirmation) {
        OpenReset reset = openReset(token).orElseThrow(() -> new BusinessRuleException(null, LINK_NOT_VALID));
        AppUser user = users.findById(reset.userId()).filter(this::mayReset)
                .orElseThrow(() -> new BusinessRuleException(null, LINK_NOT_VALID));
        PasswordPolicy.problem(user.getUsername(), newPassword, user.getDisplayName()).ifPresent(problem -> {
            throw new BusinessRuleException(MyAccountService.NEW_PASSWORD, problem);
        });
        if (!newPassword.equals(confirmation)) {
            throw new BusinessRuleException(MyAccountService.CONFIRM_PASSWORD, "security.new-password.mismatch");
        }
        int used = jdbc.update("update password_reset set used_at = ? where user_id = ? and used_at is null",
                utc(clock.instant()), user.getId());
        if (used == 0) {
            throw new BusinessRuleException(null, LINK_NOT_VALID); // used up by a simultaneous request
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        user.endSessions();
        try {
            users.saveAndFlush(user);
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
    }

    private Optional<AppUser> account(String usernameOrEmail) {
        Optional<AppUser> byName = users.findByUsernameIgnoreCase(usernameOrEmail);
        if (byName.isPresent() || !usernameOrEmail.contains("@")) {
            return byName;
        }
        List<AppUser> byEmail = users.findByEmailIgnoreCase(usernameOrEmail);
        return byEmail.size() == 1 ? Optional.of(byEmail.getFirst()) : Optional.empty();
    }

    private boolean mayReset(AppUser user) {
        return user.isEnabled() && !user.isLocked() && !user.isSsoOnly() && !user.isDemoAccount()
                && user.getEmail() != null && !user.getEmail().isBlank();
    }

    private boolean underHourlyLimit(AppUser user) {
        Integer recent = jdbc.queryForObject("select count(*) from password_reset where user_id = ? and requested_at > ?",
                Integer.class, user.getId(), utc(clock.instant().minus(Duration.ofHours(1))));
        return recent == null || recent < perHour;
    }

    private void sendLink(AppUser user) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(validFor);
        jdbc.update("insert into password_reset (user_id, token_hash, requested_at, expires_at) values (?, ?, ?, ?)",
                user.getId(), hash(token), utc(now), utc(expires));
        events.publishEvent(new PasswordResetRequested(user.getId(), PATH + token, expires));
    }

    private record OpenReset(long userId) {
    }

    private Optional<OpenReset> openReset(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("select user_id from password_reset where token_hash = ? and used_at is null"
                        + " and expires_at > ?", (rs, row) -> new OpenReset(rs.getLong(1)),
                hash(token), utc(clock.instant())).stream().findFirst();
    }

    /** Stored as UTC wall time, like the sign-in throttle's rows, whatever the server's zone. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
