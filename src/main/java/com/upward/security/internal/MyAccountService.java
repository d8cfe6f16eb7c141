package com.upward.security.internal;

import com.upward.base.Role;
import com.upward.base.i18n.Messages;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.security.AppUser;
import com.upward.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The signed-in person's own account: profile and password. Takes no user id: always the signed-in user. */
@Service
public class MyAccountService {

    /** Field names in refusals, so views can show the message beside the right field. */
    public static final String CURRENT_PASSWORD = "currentPassword";
    public static final String NEW_PASSWORD = "newPassword";
    public static final String CONFIRM_PASSWORD = "confirmPassword";

    private static final String SIGNED_IN = "isAuthenticated()";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SignInThrottle throttle;

    MyAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                     SignInThrottle throttle) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.throttle = throttle;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SIGNED_IN)
    public MyProfile myProfile() {
        long me = currentUser.require().userId();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        users.findRoles(List.of(me)).forEach(idAndRole -> roles.add((Role) idAndRole[1]));
        return users.findProfile(me).orElseThrow(() -> new BusinessRuleException(null, "security.rule.account-gone"))
                .withRoles(roles);
    }

    /** The language chosen on the profile; empty: the browser's language counts. */
    @Transactional(readOnly = true)
    @PreAuthorize(SIGNED_IN)
    public Optional<Locale> myLanguage() {
        return users.findLanguage(currentUser.require().userId()).map(Locale::forLanguageTag)
                .filter(Messages::supports);
    }

    /** Chooses the language of one's screens, emails and reports; empty follows the browser again. */
    @Transactional
    @PreAuthorize(SIGNED_IN)
    public void chooseMyLanguage(Optional<Locale> language) {
        if (language.isPresent() && !Messages.LANGUAGES.contains(language.get())) {
            throw new BusinessRuleException("language", "security.rule.language-unknown", language.get().toString());
        }
        AppUser me = users.findById(currentUser.require().userId())
                .orElseThrow(() -> new BusinessRuleException(null, "security.rule.account-gone"));
        me.setLanguage(language.map(Locale::toLanguageTag).orElse(null));
    }

    /**
     * Remembers the language a page opened in for someone who has chosen none, so that emails and notifications
     * sent while they are away are in it too ({@code browserLanguage}: one Upward speaks, else English).
     */
    @Transactional
    @PreAuthorize(SIGNED_IN)
    public void rememberMyBrowserLanguage(Locale browserLanguage) {
        Locale language = Messages.supports(browserLanguage) ? browserLanguage : Messages.ENGLISH;
        users.rememberBrowserLanguage(currentUser.require().userId(), language.getLanguage());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SIGNED_IN)
    public SignInStanding myStanding() {
        return users.findStanding(currentUser.require().userId())
                .map(SignInStanding::of)
                .orElse(SignInStanding.BLOCKED);
    }

    /**
     * A voluntary change, which needs the current password (a forgotten open session is not enough). Wrong ones
     * are password guesses: they count toward the sign-in throttle, which also pauses this check (issue 21).
     */
    @Transactional
    @PreAuthorize(SIGNED_IN)
    public void changeMyPassword(String currentPassword, String newPassword, String confirmation) {
        AppUser me = me();
        if (throttle.isThrottled(me.getUsername())) {
            throw new BusinessRuleException(CURRENT_PASSWORD, "security.rule.too-many-wrong-passwords",
                    throttle.window().toMinutes());
        }
        if (currentPassword == null || currentPassword.isEmpty()
                || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throttle.recordFailure(me.getUsername(), currentUser.signInAddress());
            throw new BusinessRuleException(CURRENT_PASSWORD, "security.rule.wrong-current-password");
        }
        setPassword(me, newPassword, confirmation);
    }

    /**
     * The forced change after signing in with a one-time password: just signed in with it, so it is not asked
     * again. Refused when no change is due, so an open session cannot be used to take over the account.
     */
    @Transactional
    @PreAuthorize(SIGNED_IN)
    public void chooseNewPassword(String newPassword, String confirmation) {
        AppUser me = me();
        if (!me.isMustChangePassword()) {
            throw new BusinessRuleException(null, "security.rule.no-change-needed");
        }
        setPassword(me, newPassword, confirmation);
    }

    private void setPassword(AppUser me, String newPassword, String confirmation) {
        PasswordPolicy.problem(me.getUsername(), newPassword, me.getDisplayName()).ifPresent(problem -> {
            throw new BusinessRuleException(NEW_PASSWORD, problem);
        });
        if (passwordEncoder.matches(newPassword, me.getPasswordHash())) {
            throw new BusinessRuleException(NEW_PASSWORD, "security.rule.same-password");
        }
        if (!newPassword.equals(confirmation)) {
            throw new BusinessRuleException(CONFIRM_PASSWORD, "security.new-password.mismatch");
        }
        me.setPasswordHash(passwordEncoder.encode(newPassword));
        me.setMustChangePassword(false);
        me.endSessions(); // the other tabs and browsers; this session takes the new stamp below
        try {
            users.saveAndFlush(me);
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
        currentUser.refresh(me);
    }

    private AppUser me() {
        long id = currentUser.require().userId();
        return users.findById(id).orElseThrow(() -> new BusinessRuleException(null, "security.rule.account-gone"));
    }
}
