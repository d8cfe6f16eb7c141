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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** One program: what it is, and its cohorts with their key figures. */
@Route("programs/:programId")
@PageTitle("Program")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class ProgramView extends Div implements BeforeEnterObserver {

    final Grid<CohortLine> cohortGrid = new Grid<>(CohortLine.class, false);
    final Button newCohort = new Button("New cohort", VaadinIcon.PLUS.create());
    final Button edit = new Button("Edit program");
    final Checkbox oneRunningCohort = new Checkbox("A mentee takes part in one running cohort at a time");
    final Checkbox capacityAcross = new Checkbox("A mentor's capacity counts their mentees in every running cohort");
    final Button saveRules = new Button("Update the rules");

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
                new RouteParameters("cohortId", String.valueOf(line.id())))).setHeader("Cohort").setAutoWidth(true)
                .setFlexGrow(2);
        cohortGrid.addColumn(StatusLabels.badgeRenderer(line -> line.status())).setHeader("Status").setAutoWidth(true);
        cohortGrid.addColumn(line -> Labels.range(line.enrollmentOpensOn(), line.enrollmentClosesOn()))
                .setHeader("Enrollment").setAutoWidth(true);
        cohortGrid.addColumn(line -> Labels.range(line.startsOn(), line.endsOn())).setHeader("Runs")
                .setAutoWidth(true);
        cohortGrid.addColumn(line -> Labels.cadence(line.cadence())).setHeader("Cadence").setAutoWidth(true);
        cohortGrid.addColumn(CohortLine::acceptedMentors).setHeader("Mentors").setAutoWidth(true);
        cohortGrid.addColumn(CohortLine::acceptedMentees).setHeader("Mentees").setAutoWidth(true);
        cohortGrid.addColumn(CohortLine::applied).setHeader("Applied").setAutoWidth(true);
        cohortGrid.addColumn(CohortLine::activePairs).setHeader("Active pairs").setAutoWidth(true);
        cohortGrid.setAllRowsVisible(true);
        cohortGrid.setAriaLabel("Cohorts of this program");
        newCohort.addClickListener(e -> new CohortDialog(cohorts, program.id(), program.defaultCadence(),
                program.defaultMaxMentees(), null, id -> getUI().ifPresent(ui -> ui.navigate(CohortView.class,
                new RouteParameters("cohortId", String.valueOf(id))))).open());
        saveRules.addThemeVariants(ButtonVariant.TERTIARY);
        saveRules.addClickListener(e -> {
            if (new Checks().run(() -> programs.setParticipationRules(program.id(), program.version(),
                    oneRunningCohort.getValue(), capacityAcross.getValue()))) {
                Toasts.success("The participation rules are saved.");
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
        add(new RouterLink("← All programs", ProgramsView.class));
        if (program == null) {
            add(new H2("Program not found"), Tiles.emptyState(
                    "This program does not exist, or the link is out of date. Pick one from the list of programs."));
            return;
        }
        var title = new H2(program.name());
        var header = new HorizontalLayout(title, program.active() ? new Span() : StatusLabels.badge(Inactive.INACTIVE), edit);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header);
        var facts = new Paragraph("Owner: " + program.ownerName() + " · default cadence "
                + Labels.cadence(program.defaultCadence()).toLowerCase() + " · up to " + program.defaultMaxMentees()
                + " mentees per mentor");
        facts.addClassName("page-intro");
        add(facts);
        if (program.description() != null) {
            add(new Paragraph(program.description()));
        }

        add(participationRules());

        newCohort.setEnabled(program.active());
        newCohort.setTooltipText(program.active() ? null : "Activate the program to add cohorts.");
        add(new H3("Cohorts"), newCohort);

        List<CohortLine> lines = programs.cohortsOf(program.id());
        if (lines.isEmpty()) {
            add(Tiles.emptyState("No cohorts yet. Create the first one with \"New cohort\": it starts as a draft, "
                    + "and you open enrollment when it is ready."));
        } else {
            cohortGrid.setItems(lines);
            add(cohortGrid);
        }
    }

    /** Issue 24: one person was a mentee in three running cohorts, and a mentor got a 4th mentee elsewhere. */
    private Div participationRules() {
        oneRunningCohort.setValue(program.oneRunningCohortPerMentee());
        oneRunningCohort.setHelperText("Accepting someone who is already a mentee in a running cohort is refused.");
        capacityAcross.setValue(program.mentorCapacityAcrossCohorts());
        capacityAcross.setHelperText("Matching counts their running pairs in other cohorts against the cohort's "
                + "limit of mentees per mentor.");
        var rules = new Div(new H3("Who may take part how often"), oneRunningCohort, capacityAcross, saveRules);
        rules.addClassName("participation-rules");
        return rules;
    }

    /** The badge of an inactive program. */
    private enum Inactive { INACTIVE }
}
