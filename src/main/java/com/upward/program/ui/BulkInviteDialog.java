package com.upward.program.ui;

import com.upward.base.ui.StatusLabels;
import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Toasts;
import com.upward.program.CohortDetails;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.EnrollmentSide;
import com.upward.program.internal.InviteFilter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.List;

import static com.upward.base.ui.Translations.tr;

/**
 * Invites everyone a filter reaches (e.g. level 6 and up in Engineering, as mentors). The count is shown as the
 * filter changes, and again in the confirmation; people already in the cohort are skipped.
 */
class BulkInviteDialog extends Dialog {

    final ComboBox<String> department = new ComboBox<>(tr("program.bulk-invite.department"));
    final ComboBox<String> location = new ComboBox<>(tr("program.bulk-invite.location"));
    final IntegerField minLevel = new IntegerField(tr("program.bulk-invite.min-level"));
    final IntegerField maxLevel = new IntegerField(tr("program.bulk-invite.max-level"));
    final RadioButtonGroup<EnrollmentSide> side = new RadioButtonGroup<>(tr("program.invite.side"));
    final Checkbox override;
    final Paragraph count = new Paragraph();
    final Button invite = new Button(tr("program.bulk-invite.invite"));

    private final EnrollmentService enrollment;
    private final CohortDetails cohort;

    BulkInviteDialog(EnrollmentService enrollment, CohortDetails cohort, Runnable invited) {
        this.enrollment = enrollment;
        this.cohort = cohort;
        this.override = InviteDialog.overrideBox(cohort);
        setHeaderTitle(tr("program.bulk-invite.title", cohort.name()));
        setWidth("40rem");
        department.setItems(enrollment.departments());
        department.setClearButtonVisible(true);
        location.setItems(enrollment.locations());
        location.setClearButtonVisible(true);
        String levelRange = tr("program.bulk-invite.level-range");
        for (IntegerField level : List.of(minLevel, maxLevel)) {
            level.setMin(1);
            level.setMax(10);
            level.setStepButtonsVisible(true);
            // text that is no number must stop the invitation, not widen it to every level
            level.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(levelRange)
                    .setMinErrorMessage(levelRange).setMaxErrorMessage(levelRange));
        }
        side.setItems(EnrollmentSide.values());
        side.setItemLabelGenerator(StatusLabels::of);
        side.setValue(EnrollmentSide.MENTOR);
        count.addClassName("bulk-count");
        count.getElement().setAttribute("aria-live", "polite");

        var form = new FormLayout(department, location, minLevel, maxLevel, side, override);
        add(form, count);

        var checks = new Checks();
        checks.bind(checks.field("minLevel", minLevel));
        checks.bind(checks.field("maxLevel", maxLevel));
        checks.bind(checks.field("side", side).asRequired(tr("program.invite.side-required")));
        checks.bind(checks.field("overrideWindow", override));
        department.addValueChangeListener(e -> recount());
        location.addValueChangeListener(e -> recount());
        minLevel.addValueChangeListener(e -> recount());
        maxLevel.addValueChangeListener(e -> recount());
        recount();

        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(e -> {
            if (!checks.valid()) {
                return;
            }
            InviteFilter filter = filter();
            long[] reach = {0};
            if (!checks.run(() -> reach[0] = enrollment.countInvitable(cohort.id(), filter))) {
                return;
            }
            if (reach[0] == 0) {
                Toasts.error(tr("program.bulk-invite.nobody"));
                return;
            }
            String as = side.getValue().name();
            Confirm.ask(tr("program.bulk-invite.confirm-title", reach[0]),
                    tr("program.bulk-invite.confirm-text", as, cohort.name()),
                    tr("program.bulk-invite.confirm", reach[0]), false,
                    () -> {
                        int[] done = {0};
                        if (checks.run(() -> done[0] = enrollment.inviteAll(cohort.id(), filter, side.getValue(),
                                override.getValue()))) {
                            Toasts.success(tr("program.bulk-invite.done", done[0], as));
                            close();
                            invited.run();
                        }
                    });
        });
        getFooter().add(new Button(tr("program.form.cancel"), e -> close()), invite);
        department.focus();
    }

    private InviteFilter filter() {
        return new InviteFilter(department.getValue(), location.getValue(), minLevel.getValue(), maxLevel.getValue());
    }

    private void recount() {
        try {
            long reach = enrollment.countInvitable(cohort.id(), filter());
            count.setText(tr("program.bulk-invite.count", reach));
            invite.setEnabled(reach > 0);
        } catch (BusinessRuleException refusal) {
            count.setText(tr(refusal.text()));
            invite.setEnabled(false);
        }
    }
}
