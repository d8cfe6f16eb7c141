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

/**
 * Invites one employee as mentor or mentee. The invitation is an application marked "invited": the employee
 * completes the answers under "Open cohorts", and HR decides on it like on any other.
 */
class InviteDialog extends Dialog {

    final ComboBox<EmployeeChoice> employee = new ComboBox<>("Employee");
    final RadioButtonGroup<EnrollmentSide> side = new RadioButtonGroup<>("Invite as");
    final Checkbox override = overrideBox(null);
    final Button save = new Button("Invite");

    InviteDialog(EnrollmentService enrollment, CohortDetails cohort, Runnable invited) {
        setHeaderTitle("Invite someone to " + cohort.name());
        setWidth("34rem");
        employee.setItemsPageable((pageable, filter) -> enrollment.findEmployees(filter, pageable));
        employee.setItemLabelGenerator(EmployeeChoice::label);
        employee.setPlaceholder("Type a name, email or employee number");
        employee.setRequiredIndicatorVisible(true);
        side.setItems(EnrollmentSide.values());
        side.setItemLabelGenerator(StatusLabels::of);
        side.setValue(EnrollmentSide.MENTEE);
        overrideBox(cohort, override);
        var form = new FormLayout(employee, side, override);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var checks = new Checks();
        checks.bind(checks.field("employee", employee).asRequired("Choose an employee."));
        checks.bind(checks.field("side", side).asRequired("Choose mentor or mentee."));
        checks.bind(checks.field("overrideWindow", override));

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (checks.valid() && checks.run(() -> enrollment.invite(cohort.id(), employee.getValue().id(),
                    side.getValue(), override.getValue()))) {
                Toasts.success(employee.getValue().firstName() + " " + employee.getValue().lastName()
                        + " is invited as a " + StatusLabels.of(side.getValue()).toLowerCase() + ".");
                close();
                invited.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        employee.focus();
    }

    /** The explicit override of the enrollment window; the service records when it was needed. */
    static Checkbox overrideBox(CohortDetails cohort) {
        var box = new Checkbox("Enroll outside the enrollment window");
        if (cohort != null) {
            overrideBox(cohort, box);
        }
        return box;
    }

    private static void overrideBox(CohortDetails cohort, Checkbox box) {
        box.setHelperText("Only needed outside " + Labels.range(cohort.enrollmentOpensOn(),
                cohort.enrollmentClosesOn()) + ". An override is recorded.");
    }
}
