package com.upward.program.ui;

import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Toasts;
import com.upward.program.CohortDetails;
import com.upward.program.internal.EmployeeChoice;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.EnrollmentSide;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import static com.upward.base.ui.Translations.tr;

/**
 * Invites one employee as mentor or mentee. The invitation is an application marked "invited": the employee
 * completes the answers under "Open cohorts", and HR decides on it like on any other.
 */
class InviteDialog extends Dialog {

    final ComboBox<EmployeeChoice> employee = new ComboBox<>(tr("program.invite.employee"));
    final RadioButtonGroup<EnrollmentSide> side = new RadioButtonGroup<>(tr("program.invite.side"));
    final Checkbox override = overrideBox(null);
    final Button save = new Button(tr("program.invite.invite"));

    InviteDialog(EnrollmentService enrollment, CohortDetails cohort, Runnable invited) {
        setHeaderTitle(tr("program.invite.title", cohort.name()));
        setWidth("34rem");
        employee.setItemsPageable((pageable, filter) -> enrollment.findEmployees(filter, pageable));
        employee.setItemLabelGenerator(InviteDialog::label);
        employee.setPlaceholder(tr("program.invite.employee-placeholder"));
        employee.setRequiredIndicatorVisible(true);
        side.setItems(EnrollmentSide.values());
        side.setItemLabelGenerator(StatusLabels::of);
        side.setValue(EnrollmentSide.MENTEE);
        overrideBox(cohort, override);
        var form = new FormLayout(employee, side, override);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var checks = new Checks();
        checks.bind(checks.field("employee", employee).asRequired(tr("program.invite.employee-required")));
        checks.bind(checks.field("side", side).asRequired(tr("program.invite.side-required")));
        checks.bind(checks.field("overrideWindow", override));

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (checks.valid() && checks.run(() -> enrollment.invite(cohort.id(), employee.getValue().id(),
                    side.getValue(), override.getValue()))) {
                Toasts.success(tr("program.invite.done", employee.getValue().firstName(),
                        employee.getValue().lastName(), side.getValue().name()));
                close();
                invited.run();
            }
        });
        getFooter().add(new Button(tr("program.form.cancel"), e -> close()), save);
        employee.focus();
    }

    /** "Ada Lovelace · Engineering · level 6" */
    private static String label(EmployeeChoice choice) {
        return tr("program.invite.employee-item", choice.firstName(), choice.lastName(), choice.department(),
                String.valueOf(choice.jobLevel()));
    }

    /** The explicit override of the enrollment window; the service records when it was needed. */
    static Checkbox overrideBox(CohortDetails cohort) {
        var box = new Checkbox(tr("program.invite.override"));
        if (cohort != null) {
            overrideBox(cohort, box);
        }
        return box;
    }

    private static void overrideBox(CohortDetails cohort, Checkbox box) {
        box.setHelperText(tr("program.invite.override-helper", Labels.range(cohort.enrollmentOpensOn(),
                cohort.enrollmentClosesOn())));
    }
}
