package com.upward.program.ui;

import com.upward.base.ui.RouteIds;
import com.upward.base.ui.StatusLabels;
import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Formats;
import com.upward.base.ui.LazyTabs;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.program.internal.CohortCalendar;
import com.upward.program.CohortDetails;
import com.upward.program.internal.CohortMove;
import com.upward.program.internal.CohortOverviewService;
import com.upward.program.CohortPage;
import com.upward.program.internal.CohortService;
import com.upward.program.internal.EnrollmentService;
import com.upward.base.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One cohort for HR: its settings, lifecycle actions, an overview and the participants, then the tabs and overview
 * sections other features contribute ({@link CohortPage}: pairs, check-ins, goals, surveys).
 */
@Route("cohorts/:cohortId")
@PageTitle("Cohort")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class CohortView extends Div implements BeforeEnterObserver {

    final Map<CohortMove, Button> moves = new EnumMap<>(CohortMove.class);
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    TabSheet tabs;

    private final CohortService cohorts;
    private final CohortOverviewService overview;
    private final EnrollmentService enrollment;
    private final List<CohortPage.Tab> featureTabs;
    private final List<CohortPage.OverviewSection> overviewSections;
    private CohortDetails cohort;

    CohortView(CohortService cohorts, CohortOverviewService overview, EnrollmentService enrollment,
               ObjectProvider<CohortPage.Tab> featureTabs,
               ObjectProvider<CohortPage.OverviewSection> overviewSections) {
        this.cohorts = cohorts;
        this.overview = overview;
        this.enrollment = enrollment;
        this.featureTabs = featureTabs.stream().sorted(Comparator.comparingInt(CohortPage.Tab::position)).toList();
        this.overviewSections = overviewSections.stream()
                .sorted(Comparator.comparingInt(CohortPage.OverviewSection::position)).toList();
        addClassNames("page", "cohort-page");
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.addClickListener(e -> new CohortDialog(cohorts, cohort.programId(), cohort.cadence(),
                cohort.maxMenteesPerMentor(), cohort, id -> reload()).open());
        for (CohortMove move : CohortMove.values()) {
            var button = new Button(move.label(), e -> confirm(move));
            if (move == CohortMove.CANCEL) {
                button.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            }
            moves.put(move, button);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = RouteIds.parse(event, "cohortId");
        cohort = id == null ? null : cohorts.cohort(id).orElse(null);
        render(0);
    }


    private void reload() {
        int selected = tabs == null ? 0 : tabs.getSelectedIndex();
        cohort = cohorts.cohort(cohort.id()).orElse(null);
        render(selected);
    }

    private void render(int selectedTab) {
        removeAll();
        tabs = null;
        if (cohort == null) {
            add(new RouterLink("← All programs", ProgramsView.class), new H2("Cohort not found"),
                    Tiles.emptyState("This cohort does not exist, or the link is out of date. "
                            + "Open it from its program's page."));
            return;
        }
        add(new RouterLink("← " + cohort.programName(), ProgramView.class,
                new RouteParameters("programId", String.valueOf(cohort.programId()))));
        var title = new HorizontalLayout(new H2(cohort.name()), StatusLabels.badge(cohort.status()));
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        add(title);
        var facts = new Paragraph("Enrollment " + Labels.range(cohort.enrollmentOpensOn(), cohort.enrollmentClosesOn())
                + " · runs " + Labels.range(cohort.startsOn(), cohort.endsOn()) + " · check-ins "
                + Labels.cadence(cohort.cadence()).toLowerCase() + " · up to " + cohort.maxMenteesPerMentor()
                + " mentees per mentor");
        facts.addClassName("page-intro");
        add(facts);
        if (cohort.description() != null) {
            add(new Paragraph(cohort.description()));
        }

        var actions = new HorizontalLayout(edit);
        actions.addClassName("cohort-actions");
        // an irreversible step is highlighted only when the calendar says it is due; before, it is there unstyled
        CohortCalendar calendar = cohorts.calendar(cohort.id());
        moves.forEach((move, button) -> {
            String refusal = move.refusalFor(cohort.status());
            button.setEnabled(refusal == null);
            button.setTooltipText(refusal);
            if (refusal == null && calendar.isDue(move)) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.PRIMARY);
            }
            actions.add(button);
        });
        add(actions);

        tabs = new TabSheet();
        tabs.setWidthFull();
        long cohortId = cohort.id();
        var overviewTab = new OverviewTab(cohort, () -> overview.figures(cohortId), overviewSections);
        tabs.add("Overview", overviewTab);
        tabs.add("Participants", new LazyTabs.Lazy(() -> new ParticipantsTab(enrollment, cohort)));
        for (CohortPage.Tab tab : featureTabs) {
            tabs.add(tab.label(), new LazyTabs.Lazy(() -> tab.create(cohort)));
        }
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tabs.getTab(overviewTab)) {
                overviewTab.show();
            }
        });
        LazyTabs.buildOnSelect(tabs);
        add(tabs);
    }

    private void confirm(CohortMove move) {
        CohortCalendar calendar = cohorts.calendar(cohort.id());
        boolean startsEarly = move == CohortMove.START && calendar.startsEarly();
        Confirm.ask(move.label() + ": " + cohort.name() + "?", explanation(move, calendar),
                startsEarly ? "Start today" : move.label(),
                move == CohortMove.CANCEL || move == CohortMove.COMPLETE, () -> {
                    try {
                        cohorts.move(cohort.id(), cohort.version(), move);
                        Toasts.success(done(move));
                        reload();
                    } catch (BusinessRuleException refusal) {
                        Toasts.error(refusal.getMessage());
                    }
                });
    }

    private String explanation(CohortMove move, CohortCalendar calendar) {
        String cadence = Labels.cadence(cohort.cadence()).toLowerCase();
        return switch (move) {
            case OPEN_ENROLLMENT -> "Employees will see the cohort under \"Open cohorts\" and can apply until "
                    + Formats.date(cohort.enrollmentClosesOn()) + ".";
            case START -> calendar.startsEarly()
                    ? "This cohort is planned to start on " + Formats.date(calendar.plannedStart())
                    + ". Starting it now makes today, " + Formats.date(calendar.today()) + ", its start date: "
                    + "enrollment closes, check-ins are scheduled " + cadence + " from today until "
                    + Formats.date(cohort.endsOn()) + " and the first ones fall due on "
                    + Formats.date(calendar.firstCheckInsDueOn()) + ", the start survey opens, and everyone taking "
                    + "part is told that the cohort has started. Every accepted mentee needs a mentor."
                    : "Every accepted mentee needs a mentor. Check-ins are scheduled for every active pair, "
                    + cadence + " until " + Formats.date(cohort.endsOn()) + ", and the start survey opens.";
            case COMPLETE -> (calendar.isDue(move) ? "" : "This cohort is planned to run until "
                    + Formats.date(cohort.endsOn()) + ": completing it now ends it early. ")
                    + "All pairs end, the closing surveys open, and accepted participants are marked as "
                    + "completed. This cannot be undone.";
            case ARCHIVE -> (calendar.isDue(move) ? "" : "The closing surveys are still open"
                    + (calendar.closingSurveysOpenUntil() == null ? ""
                    : " until " + Formats.date(calendar.closingSurveysOpenUntil()))
                    + ": archiving now closes them. ")
                    + "The cohort becomes history: nothing in it changes any more.";
            case CANCEL -> "The cohort will not run. Applications stay as they are. This cannot be undone.";
        };
    }

    private static String done(CohortMove move) {
        return switch (move) {
            case OPEN_ENROLLMENT -> "Enrollment is open.";
            case START -> "The cohort has started; check-ins are scheduled.";
            case COMPLETE -> "The cohort is completed; closing surveys are open.";
            case ARCHIVE -> "The cohort is archived.";
            case CANCEL -> "The cohort is cancelled.";
        };
    }
}
