package com.upward.program.ui;

import com.upward.base.ui.StatusLabels;
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

/** An employee's application to a cohort, new or to edit: what they bring or want, when, in which language. */
class ApplicationDialog extends Dialog {

    final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    final TextArea motivation = new TextArea();
    final TextField availability = new TextField("Availability");
    final TextField languagePreference = new TextField("Language wishes");
    final ComboBox<MentorChoice> preferredMentor = new ComboBox<>("Preferred mentor (optional)");
    final RadioButtonGroup<LocationPreference> location = new RadioButtonGroup<>("Mentor's location");
    final Button save = new Button();

    /** For a new application pass {@code existing} null; otherwise its side and answers are used. */
    ApplicationDialog(ApplicationService applications, long cohortId, String cohortName, EnrollmentSide side,
                      ApplicationDetails existing, Runnable saved) {
        boolean mentee = side == EnrollmentSide.MENTEE;
        setHeaderTitle((existing == null ? "Apply as a " : "Your application as a ")
                + StatusLabels.of(side).toLowerCase() + ": " + cohortName);
        setWidth("44rem");

        var suggestions = new ArrayList<>(applications.topicSuggestions());
        topics.setLabel(mentee ? "Focus areas" : "Skills you can offer");
        topics.setHelperText("Pick from the list or type your own and press Enter; up to "
                + ApplicationForm.MAX_TOPICS + ".");
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
        motivation.setLabel(mentee ? "What do you want to learn?" : "What can you teach?");
        motivation.setHelperText(mentee ? "A setback you want to learn from, a skill you want to build. A mentor "
                + "proposed to you reads this."
                : "Experience you can share, including what went wrong and what it taught you. Mentees who may "
                + "choose their mentor read this.");
        TextLimits.maxLength(motivation, ApplicationForm.MOTIVATION_MAX);
        motivation.setRequiredIndicatorVisible(true);
        TextLimits.maxLength(availability, ApplicationForm.AVAILABILITY_MAX);
        availability.setPlaceholder("e.g. Tuesday and Thursday afternoons");
        List<String> languages = existing != null ? existing.employeeLanguages() : applications.myLanguages();
        TextLimits.maxLength(languagePreference, ApplicationForm.LANGUAGE_PREFERENCE_MAX);
        languagePreference.setHelperText("Your languages on record: "
                + (languages.isEmpty() ? "none" : String.join(", ", languages)) + ".");
        languagePreference.setPlaceholder("e.g. German preferred, English fine");
        preferredMentor.setItemsPageable((pageable, filter) -> applications.mentorChoices(cohortId, filter, pageable));
        preferredMentor.setItemLabelGenerator(MentorChoice::label);
        preferredMentor.setClearButtonVisible(true);
        preferredMentor.setHelperText("Someone who applied to mentor in this cohort. HR decides the pairs.");
        location.setItems(LocationPreference.values());
        location.setItemLabelGenerator(l -> switch (l) {
            case ANY -> "Any location";
            case SAME -> "Same as mine";
            case OTHER -> "Another location";
        });
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
            var note = new Paragraph("HR invited you to this cohort. Complete your answers so they can decide.");
            note.addClassName("page-intro");
            add(note);
        }
        add(form);

        var checks = new Checks();
        checks.bind(checks.field("topics", topics).asRequired(mentee ? "Add at least one focus area."
                : "Add at least one skill you can offer.").withValidator(t -> t.size() <= ApplicationForm.MAX_TOPICS,
                "Choose at most " + ApplicationForm.MAX_TOPICS + "."));
        checks.bind(checks.field("motivation", motivation)
                .asRequired(mentee ? "Say what you want to learn." : "Say what you can teach.")
                .withValidator(new StringLengthValidator("Use at most " + ApplicationForm.MOTIVATION_MAX
                        + " characters.", 0, ApplicationForm.MOTIVATION_MAX)));
        checks.bind(checks.field("availability", availability).withValidator(new StringLengthValidator(
                "Use at most " + ApplicationForm.AVAILABILITY_MAX + " characters.", 0,
                ApplicationForm.AVAILABILITY_MAX)));
        checks.bind(checks.field("languagePreference", languagePreference).withValidator(new StringLengthValidator(
                "Use at most " + ApplicationForm.LANGUAGE_PREFERENCE_MAX + " characters.", 0,
                ApplicationForm.LANGUAGE_PREFERENCE_MAX)));
        checks.bind(checks.field("preferredMentor", preferredMentor));

        save.setText(existing == null ? "Submit application" : "Save changes");
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
                Toasts.success(existing == null ? "Application sent. HR will let you know."
                        : "Your application is saved.");
                close();
                saved.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        topics.focus();
    }
}
