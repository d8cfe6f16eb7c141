package com.upward.security.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.RoleLabels;
import com.upward.base.ui.Toasts;
import com.upward.security.internal.AccountState;
import com.upward.security.internal.AccountSummary;
import com.upward.directory.IssuedCredential;
import com.upward.base.Role;
import com.upward.security.internal.UserAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Map;

/**
 * One account's roles and access. Each change is sent with the version this dialog last saw; after any refusal
 * (a rule, or someone else's change) the dialog reloads the account so the next try starts from what is stored.
 */
class ManageAccountDialog extends Dialog {

    private final UserAccountService accounts;
    private final Runnable onChanged;
    private AccountSummary account;

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button saveRoles = new Button("Save roles", e -> saveRoles());
    final Button lock = new Button();
    final Button activation = new Button();
    final Button resetPassword = new Button("Reset password", e -> confirmReset());
    private final Span state = new Span();
    private final Paragraph stateHelp = new Paragraph();

    ManageAccountDialog(UserAccountService accounts, AccountSummary account, Runnable onChanged) {
        this.accounts = accounts;
        this.account = account;
        this.onChanged = onChanged;
        setWidth("36rem");

        roles.setAriaLabel("Roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(RoleLabels::label);
        roles.setManualValidation(true);
        roles.addValueChangeListener(e -> roles.setInvalid(false));
        saveRoles.addThemeVariants(ButtonVariant.PRIMARY);

        lock.addClickListener(e -> run(this.account.locked() ? accounts::unlock : accounts::lock,
                this.account.locked() ? "Account unlocked" : "Account locked"));
        activation.addClickListener(e -> {
            if (this.account.enabled()) {
                confirmDeactivate();
            } else {
                run(accounts::reactivate, "Account reactivated: they can sign in again");
            }
        });
        resetPassword.addThemeVariants(ButtonVariant.ERROR);

        state.addClassName("status-badge");
        var stateLine = new HorizontalLayout(state, stateHelp);
        stateLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        var access = new HorizontalLayout(lock, activation, resetPassword);
        access.setWrap(true);
        var content = new VerticalLayout(new H4("Roles"), roles, saveRoles, new H4("Access"), stateLine, access);
        content.setPadding(false);
        content.addClassName("manage-account");
        add(content);
        getFooter().add(new Button("Close", e -> close()));
        show();
    }

    private void show() {
        setHeaderTitle(account.displayName() + " (" + account.username() + ")");
        roles.setValue(account.roles());
        roles.setInvalid(false);
        AccountState current = account.state();
        state.setText(StateLabels.label(current) + (account.mustChangePassword() ? " · must change password" : ""));
        state.getElement().setAttribute("data-state", current.name().toLowerCase());
        stateHelp.setText(switch (current) {
            case ACTIVE -> "Can sign in.";
            case LOCKED -> "Locked: cannot sign in until unlocked.";
            case DEACTIVATED -> "Deactivated: cannot sign in. Their history is kept; reactivate to let them back.";
        });
        lock.setText(account.locked() ? "Unlock" : "Lock");
        activation.setText(account.enabled() ? "Deactivate" : "Reactivate");
        activation.removeThemeVariants(ButtonVariant.ERROR);
        if (account.enabled()) {
            activation.addThemeVariants(ButtonVariant.ERROR);
        }
    }

    private void saveRoles() {
        if (roles.getValue().isEmpty()) {
            roles.setErrorMessage("Choose at least one role.");
            roles.setInvalid(true);
            return;
        }
        try {
            account = accounts.changeRoles(account.id(), account.version(), roles.getValue());
        } catch (BusinessRuleException refusal) {
            refused(refusal);
            return;
        }
        show();
        onChanged.run();
        Toasts.success("Roles saved");
    }

    private void confirmDeactivate() {
        var confirm = new ConfirmDialog("Deactivate " + account.displayName() + "?",
                "They will no longer be able to sign in. Nothing they did is deleted, "
                        + "and you can reactivate the account later.",
                "Deactivate", e -> run(accounts::deactivate, "Account deactivated"));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void confirmReset() {
        var confirm = new ConfirmDialog("Reset the password of " + account.displayName() + "?",
                "Their current password stops working at once. You will see a one-time password to give them; "
                        + "they must choose their own when they next sign in.",
                "Reset password", e -> reset());
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void reset() {
        IssuedCredential credential;
        try {
            credential = accounts.resetPassword(account.id(), account.version());
        } catch (BusinessRuleException refusal) {
            refused(refusal);
            return;
        }
        account = accounts.findAccount(account.id());
        show();
        onChanged.run();
        new OneTimePasswordDialog("New one-time password", credential).open();
    }

    private void run(VersionedChange change, String done) {
        try {
            account = change.apply(account.id(), account.version());
        } catch (BusinessRuleException refusal) {
            refused(refusal);
            return;
        }
        show();
        onChanged.run();
        Toasts.success(done);
    }

    private void refused(BusinessRuleException refusal) {
        account = accounts.findAccount(account.id());
        show();
        onChanged.run();
        FieldErrors.show(refusal, Map.of("roles", roles));
    }

    @FunctionalInterface
    interface VersionedChange {
        AccountSummary apply(long userId, long version);
    }
}
