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

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
        waitlist.addClickListener(e -> decide(selected(), EnrollmentStatus.WAITLISTED, "waitlisted", false));
        decline.addClickListener(e -> Confirm.ask("Decline " + people(selected().size()) + "?",
                names(selected()) + " will see their applications as declined.", "Decline " + selected().size(), true,
                () -> decide(selected(), EnrollmentStatus.DECLINED, "declined", false)));
        grid.addSelectionListener(e -> showSelection());
        add(accept, waitlist, decline);
        showSelection();
    }

    private Set<ParticipantRow> selected() {
        return grid.getSelectedItems();
    }

    private void showSelection() {
        int n = selected().size();
        accept.setText("Accept " + n);
        waitlist.setText("Waitlist " + n);
        decline.setText("Decline " + n);
        setVisible(n > 0); // shown only with a selection
    }

    /** Says what accepting them means: people without answers, and mentees beyond the mentors' capacity. */
    private void confirmAccept(Set<ParticipantRow> people) {
        long withoutAnswers = people.stream().filter(p -> !p.applicationComplete()).count();
        long mentees = people.stream().filter(p -> p.side() == EnrollmentSide.MENTEE
                && p.status() != EnrollmentStatus.ACCEPTED).count();
        Capacity c = enrollment.capacity(cohort.id());
        String text = names(people) + " will be accepted."
                + (withoutAnswers == 0 ? "" : " " + withoutAnswers + " of them " + (withoutAnswers == 1
                ? "has" : "have") + " not answered yet: matching will have no focus areas to go by.")
                + (mentees > c.free() ? " That is more mentees than the mentors have places for ("
                + Math.max(0, c.free()) + " free)." : "");
        Confirm.ask("Accept " + people(people.size()) + "?", text, "Accept " + people.size(), false,
                () -> decide(people, EnrollmentStatus.ACCEPTED, "accepted", withoutAnswers > 0));
    }

    private void decide(Set<ParticipantRow> people, EnrollmentStatus decision, String done, boolean withoutAnswers) {
        List<Chosen> chosen = people.stream().map(p -> new Chosen(p.enrollmentId(), p.version())).toList();
        if (new Checks().run(() -> enrollment.decideAll(cohort.id(), chosen, decision, withoutAnswers))) {
            Toasts.success(people(chosen.size()) + " " + done + ".");
            grid.deselectAll();
        }
        changed.run();
    }

    private static String people(long n) {
        return n == 1 ? "1 person" : n + " people";
    }

    /** Up to five names, then how many more. */
    private static String names(Set<ParticipantRow> people) {
        List<String> names = people.stream().map(ParticipantRow::fullName).sorted().toList();
        String shown = names.stream().limit(5).collect(Collectors.joining(", "));
        return names.size() > 5 ? shown + " and " + (names.size() - 5) + " more" : shown;
    }
}
