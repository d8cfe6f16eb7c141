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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import static com.upward.base.ui.Translations.tr;

/**
 * Where an account signed in with a one-time password must choose its own before anything else
 * ({@link PasswordChangeGuard} sends it here). Outside the app shell: there is nowhere else to go yet.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
class ChangePasswordView extends Div implements HasDynamicTitle {

    ChangePasswordView(MyAccountService myAccount, CurrentUser currentUser,
                       AuthenticationContext authenticationContext) {
        addClassName("password-page");
        var card = new Div(Brand.logo(), new H1(tr("security.new-password.heading")));
        card.addClassName("password-card");
        add(card);

        var signOut = new Button(tr("security.change-password.sign-out"), e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);

        if (myAccount.myStanding() != SignInStanding.MUST_CHANGE_PASSWORD) {
            card.add(new Paragraph(tr("security.change-password.not-needed")),
                    new Anchor("profile", tr("security.change-password.go-to-profile")));
            return;
        }

        UserPrincipal me = currentUser.require();
        var fields = new NewPasswordFields(me.username(), me.displayName());
        card.add(new Paragraph(tr("security.change-password.intro")),
                fields.password, fields.confirmation);

        var save = new Button(tr("security.change-password.save"));
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
            Toasts.success(tr("security.change-password.saved"));
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        var buttons = new HorizontalLayout(save, signOut);
        buttons.addClassName("password-buttons");
        card.add(buttons);
        fields.password.focus();
    }

    @Override
    public String getPageTitle() {
        return tr("security.new-password.page-title");
    }
}
