package com.upward.program.ui;

import com.upward.base.ui.TextLimits;
import com.upward.base.ui.Toasts;
import com.upward.program.Cadence;
import com.upward.program.CohortForm;
import com.upward.program.internal.OwnerChoice;
import com.upward.program.internal.ProgramDetails;
import com.upward.program.internal.ProgramForm;
import com.upward.program.internal.ProgramService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

import java.util.function.LongConsumer;

import static com.upward.base.ui.Translations.tr;

/** Creates or edits a program. */
class ProgramDialog extends Dialog {

    final TextField name = new TextField(tr("program.form.name"));
    final TextArea description = new TextArea(tr("program.form.description"));
    final ComboBox<OwnerChoice> owner = new ComboBox<>(tr("program.program-dialog.owner"));
    final Select<Cadence> cadence = new Select<>();
    final IntegerField maxMentees = new IntegerField(tr("program.program-dialog.max-mentees"));
    final Button save = new Button(tr("program.form.save"));

    /** {@code existing} is null for a new program; {@code saved} gets the program's id. */
    ProgramDialog(ProgramService programs, ProgramDetails existing, long currentUserId, LongConsumer saved) {
        setHeaderTitle(existing == null ? tr("program.program-dialog.new-title")
                : tr("program.program-dialog.edit-title"));
        setWidth("36rem");
        TextLimits.maxLength(name, ProgramForm.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        TextLimits.maxLength(description, ProgramForm.DESCRIPTION_MAX);
        description.setHelperText(tr("program.program-dialog.description-helper"));
        var owners = programs.owners();
        owner.setItems(owners);
        owner.setItemLabelGenerator(OwnerChoice::displayName);
        owner.setHelperText(tr("program.program-dialog.owner-helper"));
        cadence.setLabel(tr("program.program-dialog.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(Labels::cadence);
        maxMentees.setMin(1);
        maxMentees.setMax(CohortForm.MAX_MENTEES_LIMIT);
        maxMentees.setStepButtonsVisible(true);
        maxMentees.setI18n(Labels.maxMenteesI18n());
        maxMentees.setHelperText(tr("program.program-dialog.max-mentees-helper"));

        var checks = new Checks();
        checks.bind(checks.field("name", name).asRequired(tr("program.form.name-required"))
                .withValidator(new StringLengthValidator(Labels.maxLength(ProgramForm.NAME_MAX),
                        0, ProgramForm.NAME_MAX)));
        checks.bind(checks.field("description", description).withValidator(new StringLengthValidator(
                Labels.maxLength(ProgramForm.DESCRIPTION_MAX), 0, ProgramForm.DESCRIPTION_MAX)));
        checks.bind(checks.field("owner", owner).asRequired(tr("program.program-dialog.owner-required")));
        checks.bind(checks.field("defaultCadence", cadence).asRequired(tr("program.form.cadence-required")));
        checks.bind(checks.field("defaultMaxMentees", maxMentees).asRequired(Labels.maxMentees())
                .withValidator(new IntegerRangeValidator(Labels.maxMentees(), 1, CohortForm.MAX_MENTEES_LIMIT)));

        if (existing == null) {
            owners.stream().filter(o -> o.userId() == currentUserId).findFirst().ifPresent(owner::setValue);
            cadence.setValue(Cadence.BIWEEKLY);
            maxMentees.setValue(3);
        } else {
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            owners.stream().filter(o -> o.userId() == existing.ownerId()).findFirst().ifPresent(owner::setValue);
            cadence.setValue(existing.defaultCadence());
            maxMentees.setValue(existing.defaultMaxMentees());
        }

        var form = new FormLayout(name, owner, cadence, maxMentees, description);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        add(form);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name, maxMentees);
        save.addClickListener(e -> {
            if (!checks.valid()) {
                return;
            }
            var values = new ProgramForm(name.getValue(), description.getValue(), owner.getValue().userId(),
                    cadence.getValue(), maxMentees.getValue());
            long[] id = {existing == null ? 0 : existing.id()};
            boolean ok = checks.run(() -> {
                if (existing == null) {
                    id[0] = programs.createProgram(values);
                } else {
                    programs.updateProgram(existing.id(), existing.version(), values);
                }
            });
            if (ok) {
                Toasts.success(existing == null ? tr("program.program-dialog.created")
                        : tr("program.program-dialog.saved"));
                close();
                saved.accept(id[0]);
            }
        });
        var cancel = new Button(tr("program.form.cancel"), e -> close());
        getFooter().add(cancel, save);
        name.focus();
    }
}
