package com.upward.security.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Brand;
import com.upward.base.ui.FieldErrors;
import com.upward.security.internal.PasswordResetService;
import com.upward.security.internal.SsoProperties;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;

import static com.upward.base.ui.Translations.tr;

/**
 * "Forgot password?" from the sign-in page: a username or email in, the same answer out whether or not an account
 * matched (the service sends the link). Where single sign-on is on, it says that company accounts reset elsewhere.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Div implements HasDynamicTitle {

    final TextField usernameOrEmail = new TextField(tr("security.forgot.username-or-email"));
    final Button send = new Button(tr("security.forgot.send"));
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(PasswordResetService resets, SsoProperties sso) {
        addClassName("password-page");
        var card = new Div(Brand.logo(), new H1(tr("security.forgot.heading")));
        card.addClassName("password-card");
        add(card);

        card.add(new Paragraph(tr("security.forgot.intro", resets.validFor().toMinutes())));
        if (sso.enabled()) {
            card.add(new Paragraph(tr("security.forgot.sso")));
        }
        usernameOrEmail.setRequiredIndicatorVisible(true);
        usernameOrEmail.setAutocomplete(Autocomplete.USERNAME);
        usernameOrEmail.setWidthFull();
        usernameOrEmail.setMaxLength(254);
        answer.addClassName("reset-answer");
        answer.getElement().setAttribute("role", "status");
        answer.setVisible(false);

        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> {
            usernameOrEmail.setInvalid(false);
            try {
                answer.setText(tr(resets.requestReset(usernameOrEmail.getValue())));
            } catch (BusinessRuleException refusal) {
                FieldErrors.show(refusal, Map.of("usernameOrEmail", usernameOrEmail));
                return;
            }
            answer.setVisible(true);
            send.setText(tr("security.forgot.send-again"));
        });
        var back = new Anchor("login", tr("security.password-page.back-to-sign-in"));
        var buttons = new HorizontalLayout(send, back);
        buttons.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        buttons.addClassName("password-buttons");
        card.add(usernameOrEmail, buttons, answer);
        usernameOrEmail.focus();
    }

    @Override
    public String getPageTitle() {
        return tr("security.forgot.page-title");
    }
}
