package com.upward.security.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.RoleLabels;
import com.upward.security.internal.EmployeeOption;
import com.upward.directory.IssuedCredential;
import com.upward.base.Role;
import com.upward.security.internal.UserAccountService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;

import static com.upward.base.ui.Translations.tr;

/** Creates an account for an employee who has none; the one-time password is shown afterwards, once. */
class CreateAccountDialog extends Dialog {

    private final UserAccountService accounts;
    private final Consumer<IssuedCredential> onCreated;
    final ComboBox<EmployeeOption> employee = new ComboBox<>(tr("security.create-account.employee"));
    final TextField email = new TextField(tr("security.create-account.email"));
    final TextField username = new TextField(tr("security.create-account.username"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(tr("security.create-account.roles"));
    final Button createButton = new Button(tr("security.create-account.create"), e -> create());

    CreateAccountDialog(UserAccountService accounts, Consumer<IssuedCredential> onCreated) {
        this.accounts = accounts;
        this.onCreated = onCreated;
        setHeaderTitle(tr("security.create-account.title"));
        setWidth("34rem");

        employee.setPlaceholder(tr("security.create-account.employee.placeholder"));
        employee.setHelperText(tr("security.create-account.employee.helper"));
        employee.setItemLabelGenerator(e -> e.fullName() + " · " + e.employeeNumber());
        employee.setItemsPageable((pageable, filter) -> accounts.findEmployeesWithoutAccount(filter, pageable));
        employee.setRequiredIndicatorVisible(true);
        employee.setManualValidation(true);
        employee.addValueChangeListener(e -> employeeChosen(e.getValue()));

        email.setReadOnly(true);
        email.setHelperText(tr("security.create-account.email.helper"));
        email.setManualValidation(true);

        username.setMaxLength(100);
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(tr("security.create-account.username.helper"));
        username.setManualValidation(true);
        username.addValueChangeListener(e -> username.setInvalid(false));

        roles.setItems(Role.values());
        roles.setItemLabelGenerator(RoleLabels::label);
        roles.setValue(EnumSet.of(Role.EMPLOYEE));
        roles.setRequiredIndicatorVisible(true);
        roles.setManualValidation(true);
        roles.addValueChangeListener(e -> roles.setInvalid(false));

        var form = new FormLayout(employee, email, username, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        createButton.addThemeVariants(ButtonVariant.PRIMARY);
        createButton.addClickShortcut(Key.ENTER).listenOn(form);
        getFooter().add(new Button(tr("security.create-account.cancel"), e -> close()), createButton);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                employee.focus();
            }
        });
    }

    private void employeeChosen(EmployeeOption chosen) {
        employee.setInvalid(false);
        email.setInvalid(false);
        email.setValue(chosen == null ? "" : chosen.email());
        if (chosen != null) {
            username.setValue(accounts.suggestUsername(chosen.id()));
        }
    }

    private void create() {
        boolean ok = true;
        if (employee.getValue() == null) {
            employee.setErrorMessage(tr("security.create-account.employee.missing"));
            employee.setInvalid(true);
            ok = false;
        }
        if (username.getValue().isBlank()) {
            username.setErrorMessage(tr("security.create-account.username.missing"));
            username.setInvalid(true);
            ok = false;
        }
        if (roles.getValue().isEmpty()) {
            roles.setErrorMessage(tr("security.accounts.roles-missing"));
            roles.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        IssuedCredential credential;
        try {
            credential = accounts.createAccountFor(employee.getValue().id(), username.getValue(), roles.getValue());
        } catch (BusinessRuleException refusal) {
            Map<String, HasValidation> fields = Map.of("employee", employee, "email", email, "username", username,
                    "roles", roles);
            FieldErrors.show(refusal, fields);
            return;
        }
        close();
        onCreated.accept(credential);
    }
}
