package com.upward.program.ui;

import com.upward.base.ui.RouteIds;
import com.upward.program.CohortLinks;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.program.internal.ApplicationService;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.internal.MyApplication;
import com.upward.program.internal.OpenCohort;
import com.upward.base.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import static com.upward.base.ui.Translations.tr;

/** Cohorts taking applications, and the signed-in employee's own applications. */
@Route("cohorts/open")
@Menu(order = 30, icon = "vaadin:handshake", title = "Open cohorts")
@RolesAllowed(Role.Names.EMPLOYEE)
class OpenCohortsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Div open = new Div();
    final Grid<MyApplication> mine = new Grid<>(MyApplication.class, false);
    final Div mineArea = new Div();

    private final ApplicationService applications;

    OpenCohortsView(ApplicationService applications) {
        this.applications = applications;
        addClassNames("page", "open-cohorts");
        var intro = new Paragraph(tr("program.open.intro"));
        intro.addClassName("page-intro");
        open.addClassName("open-cohort-list");

        mine.addColumn(MyApplication::cohortName).setHeader(tr("program.open.column.cohort")).setFlexGrow(2);
        mine.addColumn(MyApplication::programName).setHeader(tr("program.open.column.program")).setFlexGrow(1);
        mine.addColumn(a -> StatusLabels.of(a.side())).setHeader(tr("program.open.column.side")).setAutoWidth(true)
                .setFlexGrow(0);
        mine.addComponentColumn(this::statusCell).setHeader(tr("program.open.column.status")).setAutoWidth(true)
                .setFlexGrow(0);
        mine.addColumn(a -> Formats.instant(a.appliedAt(), "")).setHeader(tr("program.open.column.applied"))
                .setWidth("11rem").setFlexGrow(0);
        mine.addComponentColumn(this::actions).setHeader(tr("program.open.column.actions")).setWidth("12rem")
                .setFlexGrow(0);
        mine.setAllRowsVisible(true);
        mine.setAriaLabel(tr("program.open.mine"));

        add(intro, new H3(tr("program.open.open")), open, new H3(tr("program.open.mine")), mineArea);
        refresh();
    }

    /** An invitation's link (issue 24) opens the person's application form to that cohort, while it can change. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long cohortId = RouteIds.query(event, CohortLinks.APPLICATION);
        if (cohortId != null) {
            applications.myApplications().stream()
                    .filter(a -> a.cohortId() == cohortId && a.editable()).findFirst().ifPresent(this::edit);
        }
    }

    @Override
    public String getPageTitle() {
        return tr("program.open.title");
    }

    private void edit(MyApplication a) {
        applications.myApplication(a.cohortId()).ifPresent(details -> new ApplicationDialog(applications,
                a.cohortId(), a.cohortName(), details.side(), details, this::refresh).open());
    }

    private void refresh() {
        open.removeAll();
        List<OpenCohort> cohorts = applications.openCohorts();
        if (cohorts.isEmpty()) {
            open.add(Tiles.emptyState(tr("program.open.none-open")));
        }
        cohorts.forEach(c -> open.add(card(c)));
        List<MyApplication> own = applications.myApplications();
        mineArea.removeAll();
        if (own.isEmpty()) {
            mineArea.add(Tiles.emptyState(tr("program.open.none-mine")));
        } else {
            mine.setItems(own);
            mineArea.add(mine);
        }
    }

    private Component card(OpenCohort cohort) {
        var title = new Span(cohort.name() + " · " + cohort.programName());
        title.addClassName("participation-title");
        var card = new Div(title);
        card.addClassNames("tile", "open-cohort");
        card.add(new Paragraph(tr("program.open.card-facts", Formats.date(cohort.enrollmentClosesOn()),
                Labels.range(cohort.startsOn(), cohort.endsOn()), Labels.cadenceInText(cohort.cadence()))));
        if (cohort.description() != null) {
            card.add(new Paragraph(cohort.description()));
        }
        var actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        boolean withdrawn = cohort.myStatus() == EnrollmentStatus.WITHDRAWN;
        if (cohort.applied()) {
            var status = new Span(withdrawn ? tr("program.open.withdrawn")
                    : tr("program.open.my-status", cohort.mySide().name(), cohort.myStatus().name()));
            status.addClassName("my-status");
            actions.add(status);
        }
        if (!cohort.applied() || withdrawn) {
            var asMentee = new Button(tr("program.open.apply-as-mentee"), e -> apply(cohort, EnrollmentSide.MENTEE));
            asMentee.addThemeVariants(ButtonVariant.PRIMARY);
            var asMentor = new Button(tr("program.open.apply-as-mentor"), e -> apply(cohort, EnrollmentSide.MENTOR));
            actions.add(asMentee, asMentor);
        }
        card.add(actions);
        return card;
    }

    private void apply(OpenCohort cohort, EnrollmentSide side) {
        new ApplicationDialog(applications, cohort.cohortId(), cohort.name(), side, null, this::refresh).open();
    }

    private Component statusCell(MyApplication a) {
        var cell = new Div(StatusLabels.badge(a.status()));
        if (a.invited() && a.editable()) {
            var invited = new Span(tr("program.open.invited"));
            invited.addClassName("participant-note");
            cell.add(invited);
        }
        return cell;
    }

    private Component actions(MyApplication a) {
        var buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (a.editable()) {
            var edit = new Button(tr("program.open.edit"), e -> edit(a));
            edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            edit.setAriaLabel(tr("program.open.edit-aria", a.cohortName()));
            buttons.add(edit);
        }
        if (a.withdrawable()) {
            var withdraw = new Button(tr("program.open.withdraw"), e -> Confirm.ask(
                    tr("program.open.withdraw-title", a.cohortName()), tr("program.open.withdraw-text"),
                    tr("program.open.withdraw"), true, () -> {
                        if (new Checks().run(() -> applications.withdrawApplication(a.enrollmentId(), a.version()))) {
                            Toasts.success(tr("program.open.withdrawn-from", a.cohortName()));
                        }
                        refresh();
                    }));
            withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
            withdraw.setAriaLabel(tr("program.open.withdraw-aria", a.cohortName()));
            buttons.add(withdraw);
        }
        return buttons;
    }
}
