package com.upward.program.ui;

import com.upward.base.ui.TextLimits;
import com.upward.base.ui.Toasts;
import com.upward.program.internal.ApplicationDetails;
import com.upward.program.internal.ApplicationForm;
import com.upward.program.internal.ApplicationService;
import com.upward.program.EnrollmentSide;
import com.upward.program.LocationPreference;
import com.upward.program.internal.MentorChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.StringLengthValidator;

import java.util.ArrayList;
import java.util.List;

import static com.upward.base.ui.Translations.tr;

/** An employee's application to a cohort, new or to edit: what they bring or want, when, in which language. */
class ApplicationDialog extends Dialog {

    final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    final TextArea motivation = new TextArea();
    final TextField availability = new TextField(tr("program.application.availability"));
    final TextField languagePreference = new TextField(tr("program.application.language"));
    final ComboBox<MentorChoice> preferredMentor = new ComboBox<>(tr("program.application.preferred-mentor"));
    final RadioButtonGroup<LocationPreference> location = new RadioButtonGroup<>(tr("program.application.location"));
    final Button save = new Button();

    /** For a new application pass {@code existing} null; otherwise its side and answers are used. */
    ApplicationDialog(ApplicationService applications, long cohortId, String cohortName, EnrollmentSide side,
                      ApplicationDetails existing, Runnable saved) {
        boolean mentee = side == EnrollmentSide.MENTEE;
        setHeaderTitle(existing == null ? tr("program.application.new-title", side.name(), cohortName)
                : tr("program.application.edit-title", side.name(), cohortName));
        setWidth("44rem");

        var suggestions = new ArrayList<>(applications.topicSuggestions());
        topics.setLabel(mentee ? tr("program.application.focus-areas") : tr("program.application.skills"));
        topics.setHelperText(tr("program.application.topics-helper", String.valueOf(ApplicationForm.MAX_TOPICS)));
        topics.setItems(suggestions);
        topics.setAllowCustomValue(true);
        topics.addCustomValueSetListener(e -> {
            String topic = e.getDetail().strip();
            if (!topic.isEmpty()) {
                if (!suggestions.contains(topic)) {
                    suggestions.add(topic);
                    topics.getListDataView().refreshAll();
                }
                topics.select(topic);
            }
        });
        topics.setRequiredIndicatorVisible(true);
        motivation.setLabel(mentee ? tr("program.application.learn") : tr("program.application.teach"));
        motivation.setHelperText(mentee ? tr("program.application.learn-helper")
                : tr("program.application.teach-helper"));
        TextLimits.maxLength(motivation, ApplicationForm.MOTIVATION_MAX);
        motivation.setRequiredIndicatorVisible(true);
        TextLimits.maxLength(availability, ApplicationForm.AVAILABILITY_MAX);
        availability.setPlaceholder(tr("program.application.availability-placeholder"));
        List<String> languages = existing != null ? existing.employeeLanguages() : applications.myLanguages();
        TextLimits.maxLength(languagePreference, ApplicationForm.LANGUAGE_PREFERENCE_MAX);
        languagePreference.setHelperText(languages.isEmpty() ? tr("program.application.languages-none")
                : tr("program.application.languages", String.join(", ", languages)));
        languagePreference.setPlaceholder(tr("program.application.language-placeholder"));
        preferredMentor.setItemsPageable((pageable, filter) -> applications.mentorChoices(cohortId, filter, pageable));
        preferredMentor.setItemLabelGenerator(MentorChoice::label);
        preferredMentor.setClearButtonVisible(true);
        preferredMentor.setHelperText(tr("program.application.preferred-mentor-helper"));
        location.setItems(LocationPreference.values());
        location.setItemLabelGenerator(l -> tr("program.application.location." + l.name()));
        location.setValue(LocationPreference.ANY);

        if (existing != null) {
            existing.topics().stream().filter(t -> !suggestions.contains(t)).forEach(suggestions::add);
            topics.getListDataView().refreshAll();
            topics.setValue(existing.topics());
            motivation.setValue(existing.motivation() == null ? "" : existing.motivation());
            availability.setValue(existing.availability() == null ? "" : existing.availability());
            languagePreference.setValue(existing.languagePreference() == null ? "" : existing.languagePreference());
            preferredMentor.setValue(existing.preferredMentor());
            location.setValue(existing.locationPreference());
        }

        var form = new FormLayout(topics, motivation, availability, languagePreference);
        form.setColspan(topics, 2);
        form.setColspan(motivation, 2);
        if (mentee) {
            form.add(preferredMentor, location);
        }
        if (existing != null && existing.invited() && existing.motivation() == null) {
            var note = new Paragraph(tr("program.application.invited"));
            note.addClassName("page-intro");
            add(note);
        }
        add(form);

        var checks = new Checks();
        checks.bind(checks.field("topics", topics).asRequired(mentee ? tr("program.application.focus-areas-required")
                : tr("program.application.skills-required")).withValidator(t -> t.size() <= ApplicationForm.MAX_TOPICS,
                tr("program.application.topics-max", ApplicationForm.MAX_TOPICS)));
        checks.bind(checks.field("motivation", motivation)
                .asRequired(mentee ? tr("program.application.learn-required")
                        : tr("program.application.teach-required"))
                .withValidator(new StringLengthValidator(Labels.maxLength(ApplicationForm.MOTIVATION_MAX), 0,
                        ApplicationForm.MOTIVATION_MAX)));
        checks.bind(checks.field("availability", availability).withValidator(new StringLengthValidator(
                Labels.maxLength(ApplicationForm.AVAILABILITY_MAX), 0,
                ApplicationForm.AVAILABILITY_MAX)));
        checks.bind(checks.field("languagePreference", languagePreference).withValidator(new StringLengthValidator(
                Labels.maxLength(ApplicationForm.LANGUAGE_PREFERENCE_MAX), 0,
                ApplicationForm.LANGUAGE_PREFERENCE_MAX)));
        checks.bind(checks.field("preferredMentor", preferredMentor));

        save.setText(existing == null ? tr("program.application.submit") : tr("program.application.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (!checks.valid()) {
                return;
            }
            var answers = new ApplicationForm(topics.getValue(), motivation.getValue(), availability.getValue(),
                    languagePreference.getValue(),
                    mentee && preferredMentor.getValue() != null ? preferredMentor.getValue().employeeId() : null,
                    location.getValue());
            boolean ok = checks.run(() -> {
                if (existing == null) {
                    applications.apply(cohortId, side, answers);
                } else {
                    applications.updateApplication(existing.enrollmentId(), existing.version(), answers);
                }
            });
            if (ok) {
                Toasts.success(existing == null ? tr("program.application.sent") : tr("program.application.saved"));
                close();
                saved.run();
            }
        });
        getFooter().add(new Button(tr("program.form.cancel"), e -> close()), save);
        topics.focus();
    }
}
