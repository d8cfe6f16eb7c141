package com.upward.security.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Brand;
import com.upward.base.ui.FieldErrors;
import com.upward.security.internal.PasswordResetService;
import com.upward.security.internal.PasswordResetService.ResetAccount;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Optional;

/**
 * Where a password reset link leads: a new password for the account the link belongs to, or, for a link that no
 * longer works, the way to ask for a new one. Afterwards the person signs in with the new password.
 */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password | Upward")
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver {

    private final PasswordResetService resets;
    private final Div card = new Div();
    NewPasswordFields fields;
    final Button save = new Button("Save the new password");

    /** The link's token; the view may be entered again with another link, so it is kept here, not in a listener. */
    private String token;

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("password-page");
        card.addClassName("password-card");
        add(card);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("token", List.of()).stream().findFirst().orElse(null);
        startCard();
        Optional<ResetAccount> account = resets.accountFor(token);
        if (account.isEmpty()) {
            showLinkNotValid();
            return;
        }
        fields = new NewPasswordFields(account.get().username(), account.get().displayName());
        card.add(new Paragraph("For the account " + account.get().username() + ". At least 12 characters, not your "
                + "username, and not easy to guess. Every place where you are signed in is signed out."),
                fields.password, fields.confirmation);
        var buttons = new HorizontalLayout(save, new Anchor("login", "Back to sign in"));
        buttons.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        buttons.addClassName("password-buttons");
        card.add(buttons);
        fields.password.focus();
    }

    private void save() {
        if (!fields.check()) {
            return;
        }
        try {
            resets.resetPassword(token, fields.password.getValue(), fields.confirmation.getValue());
        } catch (BusinessRuleException refusal) {
            if (PasswordResetService.LINK_NOT_VALID.equals(refusal.getMessage())) {
                startCard();
                showLinkNotValid();
            } else {
                FieldErrors.show(refusal, fields.byField());
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of(LoginView.PASSWORD_RESET, "")));
    }

    private void startCard() {
        card.removeAll();
        card.add(Brand.logo(), new H1("Choose a new password"));
    }

    private void showLinkNotValid() {
        var message = new Paragraph(PasswordResetService.LINK_NOT_VALID);
        message.addClassName("reset-answer");
        card.add(message, new Anchor("forgot-password", "Ask for a new link"));
    }
}
