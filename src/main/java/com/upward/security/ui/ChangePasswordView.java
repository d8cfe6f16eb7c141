package com.upward.security.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Brand;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.Toasts;
import com.upward.security.CurrentUser;
import com.upward.security.internal.MyAccountService;
import com.upward.security.internal.SignInStanding;
import com.upward.security.UserPrincipal;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Where an account signed in with a one-time password must choose its own before anything else
 * ({@link PasswordChangeGuard} sends it here). Outside the app shell: there is nowhere else to go yet.
 */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Choose a new password | Upward")
@PermitAll
class ChangePasswordView extends Div {

    ChangePasswordView(MyAccountService myAccount, CurrentUser currentUser,
                       AuthenticationContext authenticationContext) {
        addClassName("password-page");
        var card = new Div(Brand.logo(), new H1("Choose a new password"));
        card.addClassName("password-card");
        add(card);

        var signOut = new Button("Sign out", e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);

        if (myAccount.myStanding() != SignInStanding.MUST_CHANGE_PASSWORD) {
            card.add(new Paragraph("Your password does not need changing. "
                            + "To change it anyway, go to your profile, where you confirm your current password first."),
                    new Anchor("profile", "Go to my profile"));
            return;
        }

        UserPrincipal me = currentUser.require();
        var fields = new NewPasswordFields(me.username(), me.displayName());
        card.add(new Paragraph("You signed in with a one-time password from your administrator. "
                        + "Choose your own password to continue: at least 12 characters, not your username, "
                        + "not easy to guess, and different from the one-time password."),
                fields.password, fields.confirmation);

        var save = new Button("Save and continue");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            if (!fields.check()) {
                return;
            }
            try {
                myAccount.chooseNewPassword(fields.password.getValue(), fields.confirmation.getValue());
            } catch (BusinessRuleException refusal) {
                FieldErrors.show(refusal, fields.byField());
                return;
            }
            Toasts.success("Your new password is saved.");
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        var buttons = new HorizontalLayout(save, signOut);
        buttons.addClassName("password-buttons");
        card.add(buttons);
        fields.password.focus();
    }
}
