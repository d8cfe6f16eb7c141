package com.upward.dashboard.ui;

import com.upward.base.ui.ChartView;
import com.upward.base.ui.Grids;
import com.upward.base.ui.Markup;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.notification.NudgeService;
import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.AtRiskPairs.Order;
import com.upward.reporting.DashboardFigures;
import com.upward.reporting.DashboardFigures.CohortHealth;
import com.upward.reporting.DashboardFigures.HrFigures;
import com.upward.reporting.ReportingService.MonthCompletion;
import com.upward.reporting.SmallCells;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * HR's answer to "which pairs need me today?": the health of each running cohort (completion, on time, at-risk
 * pairs, open help requests) with its completion trend, and the at-risk pairs with one-click actions: open the
 * cohort, nudge both people, rematch on the matching board. Figures from {@link DashboardFigures}.
 */
@Uses(ChartView.class)
class PairsNeedingAttention extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    /** Up to this many at-risk pairs show at full length; more scroll inside the grid. */
    static final int VISIBLE_ROWS = 10;

    final Grid<AtRiskPair> atRisk = new Grid<>(AtRiskPair.class, false);
    /** The listed pairs, in the order shown; their rows are read a page at a time. */
    private long[] listed;
    private String listedOrder = "";

    PairsNeedingAttention(DashboardFigures figures, NudgeService nudges) {
        addClassName("home-section");
        add(new H3("Which pairs need you today?"));
        HrFigures hr = figures.hr();
        List<AtRiskPair> pairs = hr.atRisk();
        listed = pairs.stream().mapToLong(AtRiskPair::assignmentId).toArray();
        atRisk.addColumn(AtRiskPair::menteeName).setHeader("Mentee").setSortProperty(Order.MENTEE.name())
                .setAutoWidth(true);
        atRisk.addColumn(AtRiskPair::mentorName).setHeader("Mentor").setSortProperty(Order.MENTOR.name())
                .setAutoWidth(true);
        atRisk.addColumn(AtRiskPair::cohortName).setHeader("Cohort").setSortProperty(Order.COHORT.name())
                .setAutoWidth(true);
        atRisk.addColumn(AtRiskPair::reason).setHeader("Why").setFlexGrow(2);
        atRisk.addColumn(actions(nudges)).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        atRisk.setPageSize(Grids.PAGE_SIZE);
        atRisk.setItems(query -> {
            listIn(figures, query.getSortOrders());
            return figures.atRiskPairs(LongStream.of(listed).skip(query.getOffset()).limit(query.getLimit())
                    .boxed().toList()).stream();
        }, query -> {
            listIn(figures, query.getSortOrders());
            return listed.length;
        });
        // a long list scrolls inside the grid, which then sends and renders only the rows in view
        atRisk.setAllRowsVisible(pairs.size() <= VISIBLE_ROWS);
        if (pairs.size() > VISIBLE_ROWS) {
            atRisk.setHeight("32rem");
        }
        atRisk.setAriaLabel("Pairs at risk");
        atRisk.setEmptyStateText("No pair is at risk: every running pair has checked in recently and no urgent "
                + "help request is waiting.");
        add(atRisk);

        if (!hr.cohorts().isEmpty()) {
            add(Markup.of("<div class=\"cohort-healths\">" + hr.cohorts().stream()
                    .map(PairsNeedingAttention::cohortHealth).collect(Collectors.joining()) + "</div>"));
        }
    }

    /** The list in the order the grid asks for: sorting reads the at-risk pairs again, in that order. */
    private void listIn(DashboardFigures figures, List<QuerySortOrder> sort) {
        String order = sort.isEmpty() ? "" : sort.getFirst().getSorted() + " " + sort.getFirst().getDirection();
        if (!order.equals(listedOrder)) {
            listed = (sort.isEmpty() ? figures.atRiskPairIds(Order.COHORT, false)
                    : figures.atRiskPairIds(Order.valueOf(sort.getFirst().getSorted()),
                    sort.getFirst().getDirection() == SortDirection.DESCENDING))
                    .stream().mapToLong(Long::longValue).toArray();
            listedOrder = order;
        }
    }

    /**
     * Open, Nudge and Rematch per row as a template, not as components: with hundreds of at-risk pairs, three
     * buttons per row would cost every HR session hundreds of kilobytes (docs/benchmarks.md, session memory).
     */
    private LitRenderer<AtRiskPair> actions(NudgeService nudges) {
        return LitRenderer.<AtRiskPair>of("""
                        <vaadin-horizontal-layout theme="spacing">
                          <vaadin-button theme="small" aria-label="${item.openLabel}" @click="${open}">Open</vaadin-button>
                          <vaadin-button theme="small primary" aria-label="${item.nudgeLabel}" @click="${nudge}">Nudge</vaadin-button>
                          <vaadin-button theme="small" aria-label="${item.rematchLabel}" @click="${rematch}">Rematch</vaadin-button>
                        </vaadin-horizontal-layout>""")
                .withProperty("openLabel", pair -> "Open the cohort of " + pair.menteeName())
                .withProperty("nudgeLabel", pair -> "Nudge " + pair.menteeName() + " and " + pair.mentorName())
                .withProperty("rematchLabel", pair -> "Rematch " + pair.menteeName() + " on the matching board")
                .withFunction("open", pair -> navigate("cohorts/" + pair.cohortId()))
                .withFunction("nudge", pair -> {
                    if (nudges.nudgePair(pair.assignmentId())) {
                        Toasts.success(pair.menteeName() + " and " + pair.mentorName() + " got a reminder.");
                    } else {
                        Toasts.error("This pair was nudged today already, or is no longer running.");
                    }
                })
                .withFunction("rematch", pair -> navigate("cohorts/" + pair.cohortId() + "/matching"));
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    /** One running cohort's figures and completion trend, as markup. */
    private static String cohortHealth(CohortHealth health) {
        String cohortName = health.cohort().name();
        var html = new StringBuilder("<div class=\"cohort-health\"><h4>")
                .append(Markup.text(cohortName + " · " + health.programName())).append("</h4>")
                .append(Tiles.markup(List.of(
                        Tiles.tile(SmallCells.percent(health.completion()), "Check-in completion"),
                        Tiles.tile(SmallCells.percent(health.onTime()), "On-time rate"),
                        Tiles.tile(health.atRiskPairs(), "At-risk pairs"),
                        Tiles.tile(health.openHelpRequests(), "Open help requests"))));
        List<MonthCompletion> trend = health.trend();
        if (!trend.isEmpty()) {
            List<String> months = trend.stream().map(t -> MONTH.format(t.month())).toList();
            List<Double> rates = trend.stream().map(t -> t.completion().percent()).toList();
            html.append(ChartView.lineMarkup("Check-in completion by month", "Month", months,
                    new ChartView.Series("Completion %", rates), "%", 100.0,
                    ExecutiveOutcomes.summary(cohortName, months, rates)));
        }
        return html.append("</div>").toString();
    }
}
