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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static com.upward.base.ui.Translations.tr;

/**
 * The signed-in person's own details (read-only: the directory and administrators own them), the sections other
 * features add (email settings) and the password.
 */
@Route("profile")
@PermitAll
class ProfileView extends Div implements HasDynamicTitle {

    private final MyAccountService myAccount;
    private final PasswordField currentPassword = new PasswordField(tr("security.profile.password.current"));
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

    @Override
    public String getPageTitle() {
        return tr("security.profile.page-title");
    }

    private static Component details(MyProfile profile) {
        var section = new Div(new H3(tr("security.profile.details.heading")));
        section.addClassName("profile-section");
        var list = new DescriptionList();
        list.addClassName("profile-details");
        add(list, tr("security.profile.details.name"), profile.displayName());
        add(list, tr("security.profile.details.username"), profile.username());
        add(list, tr("security.profile.details.email"), profile.email());
        add(list, tr("security.profile.details.roles"),
                profile.roles().stream().sorted().map(RoleLabels::label).collect(Collectors.joining(", ")));
        add(list, tr("security.profile.details.last-sign-in"),
                Formats.instant(profile.lastLoginAt(), tr("security.profile.details.first-sign-in")));
        section.add(list);
        if (profile.linkedToEmployee()) {
            var employee = new DescriptionList();
            employee.addClassName("profile-details");
            add(employee, tr("security.profile.employee.number"), profile.employeeNumber());
            add(employee, tr("security.profile.employee.department"), profile.department());
            add(employee, tr("security.profile.employee.job-title"), profile.jobTitle());
            add(employee, tr("security.profile.employee.manager"), profile.managerName() == null
                    ? tr("security.profile.employee.no-manager") : profile.managerName());
            add(employee, tr("security.profile.employee.location"), profile.location());
            section.add(new H3(tr("security.profile.employee.heading")), employee,
                    new Paragraph(tr("security.profile.employee.from-hr")));
        } else {
            section.add(new Paragraph(tr("security.profile.employee.not-linked")));
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

        var change = new Button(tr("security.profile.password.change"), e -> changePassword());
        change.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(currentPassword, newPassword.password, newPassword.confirmation, change);
        form.addClassName("password-form");
        change.addClickShortcut(Key.ENTER).listenOn(form);

        var section = new Div(new H3(tr("security.profile.password.heading")),
                new Paragraph(tr("security.profile.password.intro")), form);
        section.addClassName("profile-section");
        return section;
    }

    private void changePassword() {
        boolean currentGiven = !currentPassword.isEmpty();
        if (!currentGiven) {
            currentPassword.setErrorMessage(tr("security.profile.password.current-missing"));
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
        Toasts.success(tr("security.profile.password.changed"));
    }
}
