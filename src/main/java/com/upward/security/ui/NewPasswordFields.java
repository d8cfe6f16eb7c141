package com.upward.security.ui;

import com.upward.base.ui.Translations;
import com.upward.security.internal.MyAccountService;
import com.upward.security.internal.PasswordPolicy;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.Map;

import static com.upward.base.ui.Translations.tr;

/**
 * "New password" and "Confirm new password", checked against the policy as the person leaves each field, so the
 * message stands beside the field before they submit. The service checks the same rules again.
 */
final class NewPasswordFields {

    final PasswordField password = new PasswordField(tr("security.new-password.password"));
    final PasswordField confirmation = new PasswordField(tr("security.new-password.confirmation"));
    private final String username;
    private final String displayName;

    NewPasswordFields(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
        password.setHelperText(tr("security.new-password.helper", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (PasswordField field : new PasswordField[] {password, confirmation}) {
            field.setRequiredIndicatorVisible(true);
            field.setManualValidation(true);
            field.setWidthFull();
        }
        password.addValueChangeListener(e -> {
            checkPassword();
            if (!confirmation.isEmpty()) {
                checkConfirmation();
            }
        });
        confirmation.addValueChangeListener(e -> checkConfirmation());
    }

    /** Marks what is wrong beside each field; true when both are fine. */
    boolean check() {
        return checkPassword() & checkConfirmation();
    }

    private boolean checkPassword() {
        var problem = PasswordPolicy.problem(username, password.getValue(), displayName);
        password.setErrorMessage(problem.map(Translations::tr).orElse(null));
        password.setInvalid(problem.isPresent());
        return problem.isEmpty();
    }

    private boolean checkConfirmation() {
        String message = confirmation.isEmpty() ? tr("security.new-password.enter-again")
                : !confirmation.getValue().equals(password.getValue()) ? tr("security.new-password.mismatch") : null;
        confirmation.setErrorMessage(message);
        confirmation.setInvalid(message != null);
        return message == null;
    }

    Map<String, HasValidation> byField() {
        return Map.of(MyAccountService.NEW_PASSWORD, password, MyAccountService.CONFIRM_PASSWORD, confirmation);
    }

    void clear() {
        password.clear();
        confirmation.clear();
        password.setInvalid(false);
        confirmation.setInvalid(false);
    }
}
