package com.upward.notification.internal;

import com.upward.security.AppUser;
import com.upward.security.CurrentUser;
import com.upward.security.UserPrincipal;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The signed-in user's choice, per notification type, of whether to get it by email too (on unless turned off). */
@Service
public class EmailPreferenceService {

    /** One type the user can receive, and whether its emails are on. */
    public record EmailChoice(NotificationType type, String label, String description, boolean emailEnabled) {
    }

    private final NotificationPreferenceRepository preferences;
    private final CurrentUser currentUser;
    private final EntityManager em;

    EmailPreferenceService(NotificationPreferenceRepository preferences, CurrentUser currentUser, EntityManager em) {
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.em = em;
    }

    /** The types that concern the user's roles, in a stable order. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EmailChoice> myEmailChoices() {
        UserPrincipal me = currentUser.require();
        Map<String, Boolean> saved = preferences.findByUserId(me.userId()).stream()
                .collect(Collectors.toMap(NotificationPreference::getType, NotificationPreference::isEmailEnabled));
        return Arrays.stream(NotificationType.values()).filter(type -> type.concerns(me.roles()))
                .map(type -> new EmailChoice(type, type.label(), type.description(),
                        saved.getOrDefault(type.name(), true)))
                .toList();
    }

    /** Turns one type's emails on or off for the signed-in user; in-app notifications stay on either way. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setMyEmailChoice(NotificationType type, boolean emailEnabled) {
        UserPrincipal me = currentUser.require();
        if (!type.concerns(me.roles())) {
            throw new IllegalArgumentException("You do not receive " + type.label() + " notifications.");
        }
        preferences.findById(new NotificationPreferenceId(me.userId(), type.name())).ifPresentOrElse(
                saved -> saved.setEmailEnabled(emailEnabled),
                () -> preferences.save(new NotificationPreference(em.getReference(AppUser.class, me.userId()),
                        type.name(), emailEnabled)));
    }
}
