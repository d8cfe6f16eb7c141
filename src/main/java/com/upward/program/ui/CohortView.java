package com.upward.program.ui;

import com.upward.base.ui.RouteIds;
import com.upward.base.ui.StatusLabels;
import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.base.ui.Formats;
import com.upward.base.ui.LazyTabs;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.program.internal.CohortCalendar;
import com.upward.program.CohortDetails;
import com.upward.program.internal.CohortMove;
import com.upward.program.internal.CohortOverviewService;
import com.upward.program.CohortPage;
import com.upward.program.CohortStatus;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.upward.base.ui.Translations.tr;

/**
 * One cohort for HR: its settings, lifecycle actions, an overview and the participants, then the tabs and overview
 * sections other features contribute ({@link CohortPage}: pairs, check-ins, goals, surveys).
 */
@Route("cohorts/:cohortId")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR})
class CohortView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Map<CohortMove, Button> moves = new EnumMap<>(CohortMove.class);
    final Button edit = new Button(tr("program.cohort.edit"), VaadinIcon.EDIT.create());
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
            var button = new Button(label(move), e -> confirm(move));
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
            add(new RouterLink(tr("program.nav.all-programs"), ProgramsView.class), new H2(tr("program.cohort.not-found")),
                    Tiles.emptyState(tr("program.cohort.not-found-text")));
            return;
        }
        add(new RouterLink("← " + cohort.programName(), ProgramView.class,
                new RouteParameters("programId", String.valueOf(cohort.programId()))));
        var title = new HorizontalLayout(new H2(cohort.name()), StatusLabels.badge(cohort.status()));
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        add(title);
        var facts = new Paragraph(tr("program.cohort.facts",
                Labels.range(cohort.enrollmentOpensOn(), cohort.enrollmentClosesOn()),
                Labels.range(cohort.startsOn(), cohort.endsOn()), Labels.cadenceInText(cohort.cadence()),
                cohort.maxMenteesPerMentor()));
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
            Text refusalText = move.refusalFor(cohort.status());
            String refusal = refusalText == null ? null : tr(refusalText);
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
        tabs.add(tr("program.cohort.tab.overview"), overviewTab);
        tabs.add(tr("program.cohort.tab.participants"),
                new LazyTabs.Lazy(() -> new ParticipantsTab(enrollment, cohort)));
        for (CohortPage.Tab tab : featureTabs) {
            tabs.add(tr(tab.labelKey()), new LazyTabs.Lazy(() -> tab.create(cohort)));
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
        Confirm.ask(tr("program.cohort.confirm-title", label(move), cohort.name()), explanation(move, calendar),
                startsEarly ? tr("program.cohort.start-today") : label(move),
                move == CohortMove.CANCEL || move == CohortMove.COMPLETE, () -> {
                    try {
                        cohorts.move(cohort.id(), cohort.version(), move);
                        Toasts.success(done(move));
                        reload();
                    } catch (BusinessRuleException refusal) {
                        Toasts.error(tr(refusal.text()));
                    }
                });
    }

    private String explanation(CohortMove move, CohortCalendar calendar) {
        String cadence = Labels.cadenceInText(cohort.cadence());
        return switch (move) {
            case OPEN_ENROLLMENT -> tr("program.cohort.confirm.open-enrollment",
                    Formats.date(cohort.enrollmentClosesOn()));
            case START -> calendar.startsEarly()
                    ? tr("program.cohort.confirm.start-early", Formats.date(calendar.plannedStart()),
                    Formats.date(calendar.today()), cadence, Formats.date(cohort.endsOn()),
                    Formats.date(calendar.firstCheckInsDueOn()))
                    : tr("program.cohort.confirm.start", cadence, Formats.date(cohort.endsOn()));
            case COMPLETE -> calendar.isDue(move) ? tr("program.cohort.confirm.complete")
                    : tr("program.cohort.confirm.complete-early", Formats.date(cohort.endsOn())) + " "
                    + tr("program.cohort.confirm.complete");
            case ARCHIVE -> calendar.isDue(move) ? tr("program.cohort.confirm.archive")
                    : (calendar.closingSurveysOpenUntil() == null ? tr("program.cohort.confirm.archive-early")
                    : tr("program.cohort.confirm.archive-early-until",
                    Formats.date(calendar.closingSurveysOpenUntil()))) + " " + tr("program.cohort.confirm.archive");
            case CANCEL -> tr("program.cohort.confirm.cancel");
        };
    }

    private static String done(CohortMove move) {
        return tr("program.cohort.done." + move.name());
    }

    @Override
    public String getPageTitle() {
        return tr("program.cohort.title");
    }

    /** The button caption of a lifecycle step. */
    static String label(CohortMove move) {
        return tr("program.cohort.move." + move.name());
    }
}
