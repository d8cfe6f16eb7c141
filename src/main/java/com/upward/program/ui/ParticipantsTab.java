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

import static com.upward.base.ui.Translations.tr;

/** Everyone enrolled in the cohort, with HR's decisions and the mentor capacity they are made against. */
class ParticipantsTab extends VerticalLayout {

    final Grid<ParticipantRow> grid = new Grid<>(ParticipantRow.class, false);
    final TextField search = new TextField();
    final Select<EnrollmentSide> side = new Select<>();
    final Select<EnrollmentStatus> status = new Select<>();
    final Button invite = new Button(tr("program.participants.invite"), VaadinIcon.PLUS.create());
    final Button inviteMany = new Button(tr("program.participants.invite-many"), VaadinIcon.USERS.create());
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

        search.setPlaceholder(tr("program.participants.search"));
        search.setWidth("16rem");
        search.setAriaLabel(tr("program.participants.search-aria"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        side.setLabel(tr("program.participants.side"));
        side.setItems(EnrollmentSide.values());
        side.setItemLabelGenerator(StatusLabels::of);
        side.setEmptySelectionAllowed(true);
        side.setEmptySelectionCaption(tr("program.participants.side-both"));
        side.setPlaceholder(tr("program.participants.side-both"));
        status.setLabel(tr("program.participants.status"));
        status.setItems(EnrollmentStatus.values());
        status.setItemLabelGenerator(StatusLabels::of);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(tr("program.participants.status-any"));
        status.setPlaceholder(tr("program.participants.status-any"));
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

        grid.addColumn(ParticipantRow::fullName).setHeader(tr("program.participants.column.name"))
                .setSortProperty("emp.lastName", "emp.firstName").setFlexGrow(2);
        grid.addColumn(p -> p.department() + " · " + p.jobLevel())
                .setHeader(tr("program.participants.column.department"))
                .setSortProperty("emp.department").setFlexGrow(2);
        grid.addColumn(p -> StatusLabels.of(p.side())).setHeader(tr("program.participants.side"))
                .setSortProperty("side").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusCell).setHeader(tr("program.participants.status"))
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::load).setHeader(tr("program.participants.column.load")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> Formats.instant(p.appliedAt(), "")).setHeader(tr("program.participants.column.applied"))
                .setSortProperty("appliedAt").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(tr("program.participants.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> enrollment.participants(cohort.id(), side.getValue(), status.getValue(),
                search.getValue(), pageable).getContent());
        grid.setEmptyStateText(tr("program.participants.empty"));
        grid.setAriaLabel(tr("program.participants.grid"));
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
        Object[] figures = {c.acceptedMentors(), c.maxMenteesPerMentor(), c.places(), c.acceptedMentees(),
                Math.abs(c.free()), c.appliedMentors(), c.appliedMentees(), c.waitlistedMentees()};
        capacityLine.setText(c.free() >= 0 ? tr("program.participants.capacity", figures)
                : tr("program.participants.capacity-over", figures));
        capacityLine.getElement().getClassList().set("over", c.free() < 0);
    }

    private Component statusCell(ParticipantRow p) {
        var cell = new Div(StatusLabels.badge(p.status()));
        cell.addClassName("participant-status");
        if (p.invited()) {
            cell.add(note(p.applicationComplete() ? tr("program.participants.invited")
                    : tr("program.participants.invited-pending")));
        }
        if (p.windowOverride()) {
            cell.add(note(tr("program.participants.outside-window")));
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
            return tr("program.participants.load", p.activePairs(), cohort.maxMenteesPerMentor());
        }
        return p.activePairs() > 0 ? tr("program.participants.has-mentor") : "";
    }

    private Component actions(ParticipantRow p) {
        var buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (closed) {
            return buttons;
        }
        List<Button> list = new ArrayList<>();
        if (p.status() == EnrollmentStatus.APPLIED || p.status() == EnrollmentStatus.WAITLISTED) {
            list.add(action(tr("program.participants.accept"), tr("program.participants.accept-aria", p.fullName()),
                    () -> accept(p)));
        }
        if (p.status() == EnrollmentStatus.APPLIED) {
            list.add(action(tr("program.participants.waitlist"), tr("program.participants.waitlist-aria",
                    p.fullName()), () -> decide(() -> enrollment.waitlist(p.enrollmentId(), p.version()),
                    tr("program.participants.waitlisted", p.fullName()))));
        }
        if (p.status() == EnrollmentStatus.APPLIED || p.status() == EnrollmentStatus.WAITLISTED) {
            list.add(action(tr("program.participants.decline"), tr("program.participants.decline-aria",
                    p.fullName()), () -> Confirm.ask(tr("program.participants.decline-title", p.fullName()),
                    tr("program.participants.decline-text"), tr("program.participants.decline"), true,
                    () -> decide(() -> enrollment.decline(p.enrollmentId(), p.version()),
                            tr("program.participants.declined", p.fullName())))));
        }
        if (p.status() == EnrollmentStatus.APPLIED || p.status() == EnrollmentStatus.WAITLISTED
                || p.status() == EnrollmentStatus.ACCEPTED) {
            Button withdraw = action(tr("program.participants.withdraw"), tr("program.participants.withdraw-aria",
                    p.fullName()), () -> new WithdrawDialog(enrollment, p, this::changed).open());
            withdraw.addThemeVariants(ButtonVariant.ERROR);
            list.add(withdraw);
        }
        list.forEach(buttons::add);
        return buttons;
    }

    private Button action(String label, String ariaLabel, Runnable run) {
        var button = new Button(label, e -> run.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(ariaLabel);
        return button;
    }

    /**
     * Accepting someone who has not answered the application yet, or a mentee beyond the mentors' capacity, is
     * allowed, but only after saying so.
     */
    private void accept(ParticipantRow p) {
        boolean withoutAnswers = !p.applicationComplete();
        Runnable accept = () -> decide(() -> enrollment.accept(p.enrollmentId(), p.version(), withoutAnswers),
                tr("program.participants.accepted", p.fullName()));
        Runnable withinCapacity = () -> {
            Capacity c = enrollment.capacity(cohort.id());
            if (p.side() == EnrollmentSide.MENTEE && c.free() <= 0) {
                Confirm.ask(tr("program.participants.over-capacity-title"),
                        tr("program.participants.over-capacity-text", c.places(), c.acceptedMentees(), p.fullName()),
                        tr("program.participants.accept"), false, accept);
            } else {
                accept.run();
            }
        };
        if (withoutAnswers) {
            Confirm.ask(tr("program.participants.without-answers-title"),
                    tr("program.participants.without-answers-text", p.fullName()),
                    tr("program.participants.accept-anyway"), false, withinCapacity);
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
