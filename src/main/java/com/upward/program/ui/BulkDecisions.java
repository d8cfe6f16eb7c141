package com.upward.program.ui;

import com.upward.base.ui.Toasts;
import com.upward.program.CohortDetails;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.internal.Capacity;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.internal.EnrollmentService.Chosen;
import com.upward.program.internal.ParticipantRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.upward.base.ui.Translations.tr;

/**
 * Accept, waitlist or decline everyone selected in the participants' table with one confirmation and one message
 * (issue 24: accepting 13 applicants took 13 clicks, and their confirmations stacked up).
 */
class BulkDecisions extends HorizontalLayout {

    final Button accept = new Button();
    final Button waitlist = new Button();
    final Button decline = new Button();

    private final EnrollmentService enrollment;
    private final CohortDetails cohort;
    private final Grid<ParticipantRow> grid;
    private final Runnable changed;

    BulkDecisions(EnrollmentService enrollment, CohortDetails cohort, Grid<ParticipantRow> grid, Runnable changed) {
        this.enrollment = enrollment;
        this.cohort = cohort;
        this.grid = grid;
        this.changed = changed;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        decline.addThemeVariants(ButtonVariant.ERROR);
        accept.addClickListener(e -> confirmAccept(selected()));
        waitlist.addClickListener(e -> decide(selected(), EnrollmentStatus.WAITLISTED, false));
        decline.addClickListener(e -> Confirm.ask(tr("program.bulk.decline-title", selected().size()),
                tr("program.bulk.decline-text", names(selected())), tr("program.bulk.decline", selected().size()),
                true, () -> decide(selected(), EnrollmentStatus.DECLINED, false)));
        grid.addSelectionListener(e -> showSelection());
        add(accept, waitlist, decline);
        showSelection();
    }

    private Set<ParticipantRow> selected() {
        return grid.getSelectedItems();
    }

    private void showSelection() {
        int n = selected().size();
        accept.setText(tr("program.bulk.accept", n));
        waitlist.setText(tr("program.bulk.waitlist", n));
        decline.setText(tr("program.bulk.decline", n));
        setVisible(n > 0); // shown only with a selection
    }

    /** Says what accepting them means: people without answers, and mentees beyond the mentors' capacity. */
    private void confirmAccept(Set<ParticipantRow> people) {
        long withoutAnswers = people.stream().filter(p -> !p.applicationComplete()).count();
        long mentees = people.stream().filter(p -> p.side() == EnrollmentSide.MENTEE
                && p.status() != EnrollmentStatus.ACCEPTED).count();
        Capacity c = enrollment.capacity(cohort.id());
        List<String> text = new ArrayList<>();
        text.add(tr("program.bulk.accept-text", names(people)));
        if (withoutAnswers > 0) {
            text.add(tr("program.bulk.accept-without-answers", withoutAnswers));
        }
        if (mentees > c.free()) {
            text.add(tr("program.bulk.accept-over-capacity", Math.max(0, c.free())));
        }
        Confirm.ask(tr("program.bulk.accept-title", people.size()), String.join(" ", text),
                tr("program.bulk.accept", people.size()), false,
                () -> decide(people, EnrollmentStatus.ACCEPTED, withoutAnswers > 0));
    }

    private void decide(Set<ParticipantRow> people, EnrollmentStatus decision, boolean withoutAnswers) {
        List<Chosen> chosen = people.stream().map(p -> new Chosen(p.enrollmentId(), p.version())).toList();
        if (new Checks().run(() -> enrollment.decideAll(cohort.id(), chosen, decision, withoutAnswers))) {
            Toasts.success(tr("program.bulk.done." + decision.name(), chosen.size()));
            grid.deselectAll();
        }
        changed.run();
    }

    /** Up to five names, then how many more. */
    private static String names(Set<ParticipantRow> people) {
        List<String> names = people.stream().map(ParticipantRow::fullName).sorted().toList();
        String shown = names.stream().limit(5).collect(Collectors.joining(", "));
        return names.size() > 5 ? tr("program.bulk.names-and-more", shown, names.size() - 5) : shown;
    }
}
