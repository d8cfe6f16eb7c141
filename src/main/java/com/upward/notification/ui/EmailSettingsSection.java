package com.upward.notification.ui;

import com.upward.base.ui.ProfileSections;
import com.upward.base.ui.Toasts;
import com.upward.notification.internal.EmailPreferenceService;
import com.upward.notification.internal.EmailPreferenceService.EmailChoice;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.stereotype.Component;

/** "Email notifications" on the profile page: one switch per type, saved as soon as it changes. */
@Component
class EmailSettingsSection implements ProfileSections {

    private final EmailPreferenceService preferences;

    EmailSettingsSection(EmailPreferenceService preferences) {
        this.preferences = preferences;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var choices = new Div();
        choices.addClassName("email-choices");
        for (EmailChoice choice : preferences.myEmailChoices()) {
            var box = new Checkbox(choice.label(), choice.emailEnabled());
            box.setHelperText(choice.description());
            box.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                preferences.setMyEmailChoice(choice.type(), e.getValue());
                Toasts.success(choice.label() + (e.getValue() ? " emails are on." : " emails are off. You will "
                        + "still see them in the app."));
            });
            choices.add(box);
        }
        var section = new Div(new H3("Email notifications"), new Paragraph("Choose what we also send you by email. "
                + "Every notification always appears under the bell in the app."), choices);
        section.addClassNames("profile-section", "email-settings");
        if (choices.getComponentCount() == 0) {
            section.add(new Paragraph("Your role gets no notifications by email."));
        }
        return section;
    }
}
