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

import static com.upward.base.ui.Translations.tr;

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
            String label = tr("notification.type." + choice.type().name());
            var box = new Checkbox(label, choice.emailEnabled());
            box.setHelperText(tr("notification.type-help." + choice.type().name()));
            box.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                preferences.setMyEmailChoice(choice.type(), e.getValue());
                Toasts.success(e.getValue() ? tr("notification.email-settings.on", label)
                        : tr("notification.email-settings.off", label));
            });
            choices.add(box);
        }
        var section = new Div(new H3(tr("notification.email-settings.heading")),
                new Paragraph(tr("notification.email-settings.intro")), choices);
        section.addClassNames("profile-section", "email-settings");
        if (choices.getComponentCount() == 0) {
            section.add(new Paragraph(tr("notification.email-settings.none")));
        }
        return section;
    }
}
