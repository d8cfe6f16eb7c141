package com.upward.program.ui;

import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Grids;
import com.upward.base.ui.Toasts;
import com.upward.program.internal.Capacity;
import com.upward.program.CohortDetails;
import com.upward.program.CohortStatus;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.internal.ParticipantRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.springframework.data.domain.PageRequest;

import java.util.ArrayList;
import java.util.List;

/** Everyone enrolled in the cohort, with HR's decisions and the mentor capacity they are made against. */
class ParticipantsTab extends VerticalLayout {

    final Grid<ParticipantRow> grid = new Grid<>(ParticipantRow.class, false);
    final TextField search = new TextField();
    final Select<EnrollmentSide> side = new Select<>();
    final Select<EnrollmentStatus> status = new Select<>();
    final Button invite = new Button("Invite someone", VaadinIcon.PLUS.create());
    final Button inviteMany = new Button("Invite in bulk", VaadinIcon.USERS.create());
    final Paragraph capacityLine = new Paragraph();
    /** The decisions on everyone selected; null while the cohort is closed. */
    BulkDecisions bulk;

    private final EnrollmentService enrollment;
    private final CohortDetails cohort;
    private final boolean closed;

    ParticipantsTab(EnrollmentService enrollment, CohortDetails cohort) {
        this.enrollment = enrollment;
        this.cohort = cohort;
        this.closed = cohort.status() == CohortStatus.COMPLETED || cohort.status() == CohortStatus.ARCHIVED
                || cohort.status() == CohortStatus.CANCELLED;
        setPadding(false);
        capacityLine.addClassName("capacity");
        capacityLine.getElement().setAttribute("aria-live", "polite");

        search.setPlaceholder("Name or department");
        search.setWidth("16rem");
        search.setAriaLabel("Search participants");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        side.setLabel("Side");
        side.setItems(EnrollmentSide.values());
        side.setItemLabelGenerator(StatusLabels::of);
        side.setEmptySelectionAllowed(true);
        side.setEmptySelectionCaption("Both");
        side.setPlaceholder("Both");
        status.setLabel("Status");
        status.setItems(EnrollmentStatus.values());
        status.setItemLabelGenerator(StatusLabels::of);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        status.setPlaceholder("Any");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        side.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(e -> new InviteDialog(enrollment, cohort, this::changed).open());
        inviteMany.addClickListener(e -> new BulkInviteDialog(enrollment, cohort, this::changed).open());
        invite.setEnabled(!closed);
        inviteMany.setEnabled(!closed);
        var toolbar = new HorizontalLayout(search, side, status, invite, inviteMany);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(ParticipantRow::fullName).setHeader("Name").setSortProperty("emp.lastName", "emp.firstName")
                .setFlexGrow(2);
        grid.addColumn(p -> p.department() + " · " + p.jobLevel()).setHeader("Department · level")
                .setSortProperty("emp.department").setFlexGrow(2);
        grid.addColumn(p -> StatusLabels.of(p.side())).setHeader("Side").setSortProperty("side").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::statusCell).setHeader("Status").setSortProperty("status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::load).setHeader("Mentees / mentor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.instant(p.appliedAt(), "")).setHeader("Applied").setSortProperty("appliedAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> enrollment.participants(cohort.id(), side.getValue(), status.getValue(),
                search.getValue(), pageable).getContent());
        grid.setEmptyStateText("Nobody enrolled yet. Invite people, or open enrollment so employees can apply.");
        grid.setAriaLabel("Participants");
        Grids.sortBy(grid, "emp.lastName");

        if (closed) {
            add(capacityLine, toolbar, grid);
        } else {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            bulk = new BulkDecisions(enrollment, cohort, grid, this::changed);
            add(capacityLine, toolbar, bulk, grid);
        }
        showCapacity();
        fitRows();
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        showCapacity();
        fitRows();
    }

    /** A cohort of a few dozen shows everyone at once; a big one scrolls in a box as tall as the window. */
    private void fitRows() {
        Grids.fitRows(grid, enrollment.participants(cohort.id(), null, null, null, PageRequest.of(0, 1))
                .getTotalElements());
    }

    private void showCapacity() {
        Capacity c = enrollment.capacity(cohort.id());
        String free = c.free() >= 0 ? c.free() + " free" : -c.free() + " over capacity";
        capacityLine.setText("Mentor capacity: " + count(c.acceptedMentors(), "accepted mentor") + " × "
                + c.maxMenteesPerMentor() + " = " + count(c.places(), "place") + "; "
                + count(c.acceptedMentees(), "mentee") + " accepted (" + free + "). To decide: "
                + count(c.appliedMentors(), "mentor") + " and " + count(c.appliedMentees(), "mentee") + " applied, "
                + count(c.waitlistedMentees(), "mentee") + " waitlisted.");
        capacityLine.getElement().getClassList().set("over", c.free() < 0);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Component statusCell(ParticipantRow p) {
        var cell = new Div(StatusLabels.badge(p.status()));
        cell.addClassName("participant-status");
        if (p.invited()) {
            cell.add(note(p.applicationComplete() ? "invited" : "invited, answers pending"));
        }
        if (p.windowOverride()) {
            cell.add(note("outside window"));
        }
        if (p.status() == EnrollmentStatus.WITHDRAWN && p.withdrawalReason() != null) {
            cell.getElement().setAttribute("title", p.withdrawalReason());
        }
        return cell;
    }

    private static Span note(String text) {
        var span = new Span(text);
        span.addClassName("participant-note");
        return span;
    }

    private String load(ParticipantRow p) {
        if (p.side() == EnrollmentSide.MENTOR) {
            return p.activePairs() + " of " + cohort.maxMenteesPerMentor();
        }
        return p.activePairs() > 0 ? "Has a mentor" : "";
    }

    private Component actions(ParticipantRow p) {
        var buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (closed) {
            return buttons;
        }
        List<Button> list = new ArrayList<>();
        if (p.status() == EnrollmentStatus.APPLIED || p.status() == EnrollmentStatus.WAITLISTED) {
            list.add(action("Accept", p, () -> accept(p)));
        }
        if (p.status() == EnrollmentStatus.APPLIED) {
            list.add(action("Waitlist", p, () -> decide(() -> enrollment.waitlist(p.enrollmentId(), p.version()),
                    p.fullName() + " is on the waitlist.")));
        }
        if (p.status() == EnrollmentStatus.APPLIED || p.status() == EnrollmentStatus.WAITLISTED) {
            list.add(action("Decline", p, () -> Confirm.ask("Decline " + p.fullName() + "?",
                    "They will see their application as declined.", "Decline", true,
                    () -> decide(() -> enrollment.decline(p.enrollmentId(), p.version()),
                            p.fullName() + "'s application is declined."))));
        }
        if (p.status() == EnrollmentStatus.APPLIED || p.status() == EnrollmentStatus.WAITLISTED
                || p.status() == EnrollmentStatus.ACCEPTED) {
            Button withdraw = action("Withdraw", p, () -> new WithdrawDialog(enrollment, p, this::changed).open());
            withdraw.addThemeVariants(ButtonVariant.ERROR);
            list.add(withdraw);
        }
        list.forEach(buttons::add);
        return buttons;
    }

    private Button action(String label, ParticipantRow p, Runnable run) {
        var button = new Button(label, e -> run.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(label + " " + p.fullName());
        return button;
    }

    /**
     * Accepting someone who has not answered the application yet, or a mentee beyond the mentors' capacity, is
     * allowed, but only after saying so.
     */
    private void accept(ParticipantRow p) {
        boolean withoutAnswers = !p.applicationComplete();
        Runnable accept = () -> decide(() -> enrollment.accept(p.enrollmentId(), p.version(), withoutAnswers),
                p.fullName() + " is accepted.");
        Runnable withinCapacity = () -> {
            Capacity c = enrollment.capacity(cohort.id());
            if (p.side() == EnrollmentSide.MENTEE && c.free() <= 0) {
                Confirm.ask("Accept over capacity?", "The accepted mentors have " + c.places() + " places and "
                        + c.acceptedMentees() + " mentees are accepted already. Accept " + p.fullName()
                        + " anyway and find another mentor?", "Accept", false, accept);
            } else {
                accept.run();
            }
        };
        if (withoutAnswers) {
            Confirm.ask("Accept without answers?", p.fullName() + " has not answered the application yet. Matching "
                    + "will have no focus areas to go by, and the matching board marks them \"no answers\".",
                    "Accept anyway", false, withinCapacity);
        } else {
            withinCapacity.run();
        }
    }

    private void decide(Runnable call, String done) {
        if (new Checks().run(call)) {
            Toasts.success(done);
            changed();
        } else {
            grid.getDataProvider().refreshAll();
        }
    }
}
