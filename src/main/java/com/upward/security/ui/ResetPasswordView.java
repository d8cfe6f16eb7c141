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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Optional;

import static com.upward.base.ui.Translations.tr;

/**
 * Where a password reset link leads: a new password for the account the link belongs to, or, for a link that no
 * longer works, the way to ask for a new one. Afterwards the person signs in with the new password.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final Div card = new Div();
    NewPasswordFields fields;
    final Button save = new Button(tr("security.reset.save"));

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
        card.add(new Paragraph(tr("security.reset.intro", account.get().username())),
                fields.password, fields.confirmation);
        var buttons = new HorizontalLayout(save, new Anchor("login", tr("security.password-page.back-to-sign-in")));
        buttons.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        buttons.addClassName("password-buttons");
        card.add(buttons);
        fields.password.focus();
    }

    @Override
    public String getPageTitle() {
        return tr("security.new-password.page-title");
    }

    private void save() {
        if (!fields.check()) {
            return;
        }
        try {
            resets.resetPassword(token, fields.password.getValue(), fields.confirmation.getValue());
        } catch (BusinessRuleException refusal) {
            if (PasswordResetService.LINK_NOT_VALID.equals(refusal.text())) {
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
        card.add(Brand.logo(), new H1(tr("security.new-password.heading")));
    }

    private void showLinkNotValid() {
        var message = new Paragraph(tr(PasswordResetService.LINK_NOT_VALID));
        message.addClassName("reset-answer");
        card.add(message, new Anchor("forgot-password", tr("security.reset.ask-new-link")));
    }
}
