package com.upward.security.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.ProfileSections;
import com.upward.base.ui.Formats;
import com.upward.base.ui.RoleLabels;
import com.upward.base.ui.Toasts;
import com.upward.security.internal.MyAccountService;
import com.upward.security.internal.MyProfile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The signed-in person's own details (read-only: the directory and administrators own them), the sections other
 * features add (email settings) and the password.
 */
@Route("profile")
@PageTitle("My profile")
@PermitAll
class ProfileView extends Div {

    private final MyAccountService myAccount;
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final NewPasswordFields newPassword;

    ProfileView(MyAccountService myAccount, ObjectProvider<ProfileSections> sections) {
        this.myAccount = myAccount;
        addClassNames("page", "profile-page");
        MyProfile profile = myAccount.myProfile();
        newPassword = new NewPasswordFields(profile.username(), profile.displayName());
        add(details(profile));
        add(new LanguageSection(myAccount));
        sections.orderedStream().map(ProfileSections::create).forEach(this::add);
        add(passwordChange());
    }

    private static Component details(MyProfile profile) {
        var section = new Div(new H3("Your details"));
        section.addClassName("profile-section");
        var list = new DescriptionList();
        list.addClassName("profile-details");
        add(list, "Name", profile.displayName());
        add(list, "Username", profile.username());
        add(list, "Email", profile.email());
        add(list, "Roles", profile.roles().stream().sorted().map(RoleLabels::label).collect(Collectors.joining(", ")));
        add(list, "Last sign-in", Formats.instant(profile.lastLoginAt(), "This is your first sign-in"));
        section.add(list);
        if (profile.linkedToEmployee()) {
            var employee = new DescriptionList();
            employee.addClassName("profile-details");
            add(employee, "Employee number", profile.employeeNumber());
            add(employee, "Department", profile.department());
            add(employee, "Job title", profile.jobTitle());
            add(employee, "Manager", profile.managerName() == null ? "None" : profile.managerName());
            add(employee, "Location", profile.location());
            section.add(new H3("From the employee directory"), employee,
                    new Paragraph("These details come from the HR system. If something is wrong, ask HR to correct it."));
        } else {
            section.add(new Paragraph("Your account is not linked to an employee record."));
        }
        return section;
    }

    private static void add(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value == null ? "" : value));
    }

    private Component passwordChange() {
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        currentPassword.setRequiredIndicatorVisible(true);
        currentPassword.setManualValidation(true);
        currentPassword.setWidthFull();
        currentPassword.addValueChangeListener(e -> currentPassword.setInvalid(false));

        var change = new Button("Change password", e -> changePassword());
        change.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(currentPassword, newPassword.password, newPassword.confirmation, change);
        form.addClassName("password-form");
        change.addClickShortcut(Key.ENTER).listenOn(form);

        var section = new Div(new H3("Change password"),
                new Paragraph("Confirm your current password, then choose a new one."), form);
        section.addClassName("profile-section");
        return section;
    }

    private void changePassword() {
        boolean currentGiven = !currentPassword.isEmpty();
        if (!currentGiven) {
            currentPassword.setErrorMessage("Enter your current password.");
            currentPassword.setInvalid(true);
        }
        if (!newPassword.check() || !currentGiven) {
            return;
        }
        try {
            myAccount.changeMyPassword(currentPassword.getValue(), newPassword.password.getValue(),
                    newPassword.confirmation.getValue());
        } catch (BusinessRuleException refusal) {
            Map<String, HasValidation> fields = new HashMap<>(newPassword.byField());
            fields.put(MyAccountService.CURRENT_PASSWORD, currentPassword);
            FieldErrors.show(refusal, fields);
            return;
        }
        currentPassword.clear();
        currentPassword.setInvalid(false);
        newPassword.clear();
        Toasts.success("Your password is changed. Use the new one next time you sign in.");
    }
}
