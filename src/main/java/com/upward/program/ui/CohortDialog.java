package com.upward.program.ui;

import com.upward.base.ui.TextLimits;
import com.upward.base.ui.Toasts;
import com.upward.program.Cadence;
import com.upward.program.internal.CohortDates;
import com.upward.program.CohortDetails;
import com.upward.program.CohortForm;
import com.upward.program.internal.CohortService;
import com.upward.program.CohortStatus;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.upward.base.ui.LocalizedDatePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import static com.upward.base.ui.Translations.tr;

/**
 * Creates or edits a cohort. The date rules are {@link CohortDates}'s, checked beside each date as it changes (the
 * service checks them again). Once a cohort has started, only its name and description can change.
 */
class CohortDialog extends Dialog {

    final TextField name = new TextField(tr("program.form.name"));
    final TextArea description = new TextArea(tr("program.form.description"));
    final DatePicker opensOn = new LocalizedDatePicker(tr("program.cohort-dialog.opens"));
    final DatePicker closesOn = new LocalizedDatePicker(tr("program.cohort-dialog.closes"));
    final DatePicker startsOn = new LocalizedDatePicker(tr("program.cohort-dialog.starts"));
    final DatePicker endsOn = new LocalizedDatePicker(tr("program.cohort-dialog.ends"));
    final Select<Cadence> cadence = new Select<>();
    final IntegerField maxMentees = new IntegerField(tr("program.cohort-dialog.max-mentees"));
    final Button save = new Button(tr("program.form.save"));

    private final Map<String, DatePicker> dates = new LinkedHashMap<>();
    private final Map<String, Binder.Binding<Object, LocalDate>> dateBindings = new LinkedHashMap<>();

    /**
     * For a new cohort pass the program's id and defaults and a null {@code existing}; {@code saved} gets the id.
     */
    CohortDialog(CohortService cohorts, long programId, Cadence defaultCadence, int defaultMaxMentees,
                 CohortDetails existing, LongConsumer saved) {
        setHeaderTitle(existing == null ? tr("program.cohort-dialog.new-title")
                : tr("program.cohort-dialog.edit-title"));
        setWidth("40rem");
        TextLimits.maxLength(name, CohortForm.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder(tr("program.cohort-dialog.name-placeholder"));
        TextLimits.maxLength(description, CohortForm.DESCRIPTION_MAX);
        cadence.setLabel(tr("program.cohort-dialog.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(Labels::cadence);
        maxMentees.setMin(1);
        maxMentees.setMax(CohortForm.MAX_MENTEES_LIMIT);
        maxMentees.setStepButtonsVisible(true);
        maxMentees.setI18n(Labels.maxMenteesI18n());
        opensOn.setHelperText(tr("program.cohort-dialog.opens-helper"));
        closesOn.setHelperText(tr("program.cohort-dialog.closes-helper"));
        dates.put(CohortDates.OPENS, opensOn);
        dates.put(CohortDates.CLOSES, closesOn);
        dates.put(CohortDates.STARTS, startsOn);
        dates.put(CohortDates.ENDS, endsOn);

        var checks = new Checks();
        checks.bind(checks.field("name", name).asRequired(tr("program.form.name-required"))
                .withValidator(new StringLengthValidator(Labels.maxLength(CohortForm.NAME_MAX),
                        0, CohortForm.NAME_MAX)));
        checks.bind(checks.field("description", description).withValidator(new StringLengthValidator(
                Labels.maxLength(CohortForm.DESCRIPTION_MAX), 0, CohortForm.DESCRIPTION_MAX)));
        checks.bind(checks.field("cadence", cadence).asRequired(tr("program.form.cadence-required")));
        checks.bind(checks.field("maxMenteesPerMentor", maxMentees).asRequired(Labels.maxMentees())
                .withValidator(new IntegerRangeValidator(Labels.maxMentees(), 1,
                        CohortForm.MAX_MENTEES_LIMIT)));
        dates.forEach((field, picker) -> dateBindings.put(field, checks.bind(checks.field(field, picker)
                .withValidator((value, context) -> dateProblem(field, value)))));
        // a change to one date can fix or break another: re-check the others that have a value
        dates.values().forEach(picker -> picker.addValueChangeListener(e -> recheckDates(picker)));
        cadence.addValueChangeListener(e -> recheckDates(null));

        if (existing == null) {
            cadence.setValue(defaultCadence);
            maxMentees.setValue(defaultMaxMentees);
        } else {
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            opensOn.setValue(existing.enrollmentOpensOn());
            closesOn.setValue(existing.enrollmentClosesOn());
            startsOn.setValue(existing.startsOn());
            endsOn.setValue(existing.endsOn());
            cadence.setValue(existing.cadence());
            maxMentees.setValue(existing.maxMenteesPerMentor());
        }
        boolean frozen = existing != null && existing.status() != CohortStatus.DRAFT
                && existing.status() != CohortStatus.ENROLLING;
        List.of(opensOn, closesOn, startsOn, endsOn).forEach(d -> d.setReadOnly(frozen));
        cadence.setReadOnly(frozen);
        maxMentees.setReadOnly(frozen);

        var form = new FormLayout(name, opensOn, closesOn, startsOn, endsOn, cadence, maxMentees, description);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        if (frozen) {
            var note = new Paragraph(tr("program.cohort-dialog.frozen"));
            note.addClassName("page-intro");
            add(note);
        }
        add(form);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        // not on the date pickers: there Enter picks the typed date
        save.addClickShortcut(Key.ENTER).listenOn(name, maxMentees);
        save.addClickListener(e -> {
            if (!checks.valid()) {
                return;
            }
            var values = new CohortForm(name.getValue(), description.getValue(), opensOn.getValue(),
                    closesOn.getValue(), startsOn.getValue(), endsOn.getValue(), cadence.getValue(),
                    maxMentees.getValue());
            long[] id = {existing == null ? 0 : existing.id()};
            boolean ok = checks.run(() -> {
                if (existing == null) {
                    id[0] = cohorts.createCohort(programId, values);
                } else {
                    cohorts.updateCohort(existing.id(), existing.version(), values);
                }
            });
            if (ok) {
                Toasts.success(existing == null ? tr("program.cohort-dialog.created")
                        : tr("program.cohort-dialog.saved"));
                close();
                saved.accept(id[0]);
            }
        });
        getFooter().add(new Button(tr("program.form.cancel"), e -> close()), save);
        name.focus();
    }

    private ValidationResult dateProblem(String field, LocalDate value) {
        LocalDate opens = field.equals(CohortDates.OPENS) ? value : opensOn.getValue();
        LocalDate closes = field.equals(CohortDates.CLOSES) ? value : closesOn.getValue();
        LocalDate starts = field.equals(CohortDates.STARTS) ? value : startsOn.getValue();
        LocalDate ends = field.equals(CohortDates.ENDS) ? value : endsOn.getValue();
        Cadence every = cadence.getValue();
        var problem = CohortDates.problemOf(field, CohortDates.check(opens, closes, starts, ends, every));
        return problem == null ? ValidationResult.ok()
                : ValidationResult.error(tr(problem.text()));
    }

    private void recheckDates(DatePicker changed) {
        dates.forEach((field, picker) -> {
            if (picker != changed && picker.getValue() != null) {
                dateBindings.get(field).validate();
            }
        });
    }
}
