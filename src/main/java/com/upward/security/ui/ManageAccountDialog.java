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

import static com.upward.base.ui.Translations.tr;

/**
 * One account's roles and access. Each change is sent with the version this dialog last saw; after any refusal
 * (a rule, or someone else's change) the dialog reloads the account so the next try starts from what is stored.
 */
class ManageAccountDialog extends Dialog {

    private final UserAccountService accounts;
    private final Runnable onChanged;
    private AccountSummary account;

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button saveRoles = new Button(tr("security.manage-account.save-roles"), e -> saveRoles());
    final Button lock = new Button();
    final Button activation = new Button();
    final Button resetPassword = new Button(tr("security.manage-account.reset-password"), e -> confirmReset());
    private final Span state = new Span();
    private final Paragraph stateHelp = new Paragraph();

    ManageAccountDialog(UserAccountService accounts, AccountSummary account, Runnable onChanged) {
        this.accounts = accounts;
        this.account = account;
        this.onChanged = onChanged;
        setWidth("36rem");

        roles.setAriaLabel(tr("security.manage-account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(RoleLabels::label);
        roles.setManualValidation(true);
        roles.addValueChangeListener(e -> roles.setInvalid(false));
        saveRoles.addThemeVariants(ButtonVariant.PRIMARY);

        lock.addClickListener(e -> run(this.account.locked() ? accounts::unlock : accounts::lock,
                this.account.locked() ? tr("security.manage-account.unlocked") : tr("security.manage-account.locked")));
        activation.addClickListener(e -> {
            if (this.account.enabled()) {
                confirmDeactivate();
            } else {
                run(accounts::reactivate, tr("security.manage-account.reactivated"));
            }
        });
        resetPassword.addThemeVariants(ButtonVariant.ERROR);

        state.addClassName("status-badge");
        var stateLine = new HorizontalLayout(state, stateHelp);
        stateLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        var access = new HorizontalLayout(lock, activation, resetPassword);
        access.setWrap(true);
        var content = new VerticalLayout(new H4(tr("security.manage-account.roles")), roles, saveRoles,
                new H4(tr("security.manage-account.access")), stateLine, access);
        content.setPadding(false);
        content.addClassName("manage-account");
        add(content);
        getFooter().add(new Button(tr("security.manage-account.close"), e -> close()));
        show();
    }

    private void show() {
        setHeaderTitle(account.displayName() + " (" + account.username() + ")");
        roles.setValue(account.roles());
        roles.setInvalid(false);
        AccountState current = account.state();
        state.setText(account.mustChangePassword() ? StateLabels.mustChangePassword(current)
                : StateLabels.label(current));
        state.getElement().setAttribute("data-state", current.name().toLowerCase());
        stateHelp.setText(switch (current) {
            case ACTIVE -> tr("security.manage-account.active-help");
            case LOCKED -> tr("security.manage-account.locked-help");
            case DEACTIVATED -> tr("security.manage-account.deactivated-help");
        });
        lock.setText(account.locked() ? tr("security.manage-account.unlock") : tr("security.manage-account.lock"));
        activation.setText(account.enabled() ? tr("security.manage-account.deactivate")
                : tr("security.manage-account.reactivate"));
        activation.removeThemeVariants(ButtonVariant.ERROR);
        if (account.enabled()) {
            activation.addThemeVariants(ButtonVariant.ERROR);
        }
    }

    private void saveRoles() {
        if (roles.getValue().isEmpty()) {
            roles.setErrorMessage(tr("security.accounts.roles-missing"));
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
        Toasts.success(tr("security.manage-account.roles-saved"));
    }

    private void confirmDeactivate() {
        var confirm = new ConfirmDialog(tr("security.manage-account.deactivate-confirm.title", account.displayName()),
                tr("security.manage-account.deactivate-confirm.text"),
                tr("security.manage-account.deactivate"),
                e -> run(accounts::deactivate, tr("security.manage-account.deactivated")));
        confirm.setCancelable(true);
        confirm.setCancelText(tr("security.manage-account.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void confirmReset() {
        var confirm = new ConfirmDialog(tr("security.manage-account.reset-confirm.title", account.displayName()),
                tr("security.manage-account.reset-confirm.text"),
                tr("security.manage-account.reset-password"), e -> reset());
        confirm.setCancelable(true);
        confirm.setCancelText(tr("security.manage-account.cancel"));
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
        new OneTimePasswordDialog(tr("security.manage-account.new-one-time-password"), credential).open();
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
