package com.upward.program.ui;

import com.upward.base.ui.RouteIds;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.program.internal.CohortLine;
import com.upward.program.internal.CohortService;
import com.upward.program.internal.ProgramDetails;
import com.upward.program.internal.ProgramService;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import static com.upward.base.ui.Translations.tr;

/** One program: what it is, and its cohorts with their key figures. */
@Route("programs/:programId")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class ProgramView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<CohortLine> cohortGrid = new Grid<>(CohortLine.class, false);
    final Button newCohort = new Button(tr("program.program.new-cohort"), VaadinIcon.PLUS.create());
    final Button edit = new Button(tr("program.program.edit"));
    final Checkbox oneRunningCohort = new Checkbox(tr("program.program.one-running-cohort"));
    final Checkbox capacityAcross = new Checkbox(tr("program.program.capacity-across"));
    final Button saveRules = new Button(tr("program.program.save-rules"));

    private final ProgramService programs;
    private final CohortService cohorts;
    private final long currentUserId;
    private ProgramDetails program;

    ProgramView(ProgramService programs, CohortService cohorts, CurrentUser currentUser) {
        this.programs = programs;
        this.cohorts = cohorts;
        this.currentUserId = currentUser.require().userId();
        addClassName("page");
        newCohort.addThemeVariants(ButtonVariant.PRIMARY);
        edit.addThemeVariants(ButtonVariant.TERTIARY);

        cohortGrid.addComponentColumn(line -> new RouterLink(line.name(), CohortView.class,
                new RouteParameters("cohortId", String.valueOf(line.id()))))
                .setHeader(tr("program.program.column.cohort")).setAutoWidth(true).setFlexGrow(2);
        cohortGrid.addColumn(StatusLabels.badgeRenderer(line -> line.status()))
                .setHeader(tr("program.program.column.status")).setAutoWidth(true);
        cohortGrid.addColumn(line -> Labels.range(line.enrollmentOpensOn(), line.enrollmentClosesOn()))
                .setHeader(tr("program.program.column.enrollment")).setAutoWidth(true);
        cohortGrid.addColumn(line -> Labels.range(line.startsOn(), line.endsOn()))
                .setHeader(tr("program.program.column.runs")).setAutoWidth(true);
        cohortGrid.addColumn(line -> Labels.cadence(line.cadence()))
                .setHeader(tr("program.program.column.cadence")).setAutoWidth(true);
        cohortGrid.addColumn(CohortLine::acceptedMentors)
                .setHeader(tr("program.program.column.mentors")).setAutoWidth(true);
        cohortGrid.addColumn(CohortLine::acceptedMentees)
                .setHeader(tr("program.program.column.mentees")).setAutoWidth(true);
        cohortGrid.addColumn(CohortLine::applied)
                .setHeader(tr("program.program.column.applied")).setAutoWidth(true);
        cohortGrid.addColumn(CohortLine::activePairs)
                .setHeader(tr("program.program.column.active-pairs")).setAutoWidth(true);
        cohortGrid.setAllRowsVisible(true);
        cohortGrid.setAriaLabel(tr("program.program.cohorts-grid"));
        newCohort.addClickListener(e -> new CohortDialog(cohorts, program.id(), program.defaultCadence(),
                program.defaultMaxMentees(), null, id -> getUI().ifPresent(ui -> ui.navigate(CohortView.class,
                new RouteParameters("cohortId", String.valueOf(id))))).open());
        saveRules.addThemeVariants(ButtonVariant.TERTIARY);
        saveRules.addClickListener(e -> {
            if (new Checks().run(() -> programs.setParticipationRules(program.id(), program.version(),
                    oneRunningCohort.getValue(), capacityAcross.getValue()))) {
                Toasts.success(tr("program.program.rules-saved"));
            }
            program = programs.program(program.id()).orElse(null);
            render();
        });
        edit.addClickListener(e -> new ProgramDialog(programs, program, currentUserId, id -> {
            program = programs.program(id).orElse(null);
            render();
        }).open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = RouteIds.parse(event, "programId");
        program = id == null ? null : programs.program(id).orElse(null);
        render();
    }


    private void render() {
        removeAll();
        add(new RouterLink(tr("program.nav.all-programs"), ProgramsView.class));
        if (program == null) {
            add(new H2(tr("program.program.not-found")), Tiles.emptyState(tr("program.program.not-found-text")));
            return;
        }
        var title = new H2(program.name());
        var header = new HorizontalLayout(title, program.active() ? new Span() : inactiveBadge(), edit);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header);
        var facts = new Paragraph(tr("program.program.facts", program.ownerName(),
                Labels.cadenceInText(program.defaultCadence()), program.defaultMaxMentees()));
        facts.addClassName("page-intro");
        add(facts);
        if (program.description() != null) {
            add(new Paragraph(program.description()));
        }

        add(participationRules());

        newCohort.setEnabled(program.active());
        newCohort.setTooltipText(program.active() ? null : tr("program.program.activate-to-add"));
        add(new H3(tr("program.program.cohorts")), newCohort);

        List<CohortLine> lines = programs.cohortsOf(program.id());
        if (lines.isEmpty()) {
            add(Tiles.emptyState(tr("program.program.no-cohorts")));
        } else {
            cohortGrid.setItems(lines);
            add(cohortGrid);
        }
    }

    /** Issue 24: one person was a mentee in three running cohorts, and a mentor got a 4th mentee elsewhere. */
    private Div participationRules() {
        oneRunningCohort.setValue(program.oneRunningCohortPerMentee());
        oneRunningCohort.setHelperText(tr("program.program.one-running-cohort-helper"));
        capacityAcross.setValue(program.mentorCapacityAcrossCohorts());
        capacityAcross.setHelperText(tr("program.program.capacity-across-helper"));
        var rules = new Div(new H3(tr("program.program.rules")), oneRunningCohort, capacityAcross, saveRules);
        rules.addClassName("participation-rules");
        return rules;
    }

    @Override
    public String getPageTitle() {
        return tr("program.program.title");
    }

    /** The badge of an inactive program, coloured as any "inactive" status. */
    private static Span inactiveBadge() {
        var badge = new Span(tr("program.program.inactive"));
        badge.addClassNames("status-badge", StatusLabels.cssClass(Inactive.INACTIVE));
        return badge;
    }

    private enum Inactive { INACTIVE }
}
