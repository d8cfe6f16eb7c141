package com.upward.dashboard.ui;

import com.upward.matching.BoardLinks;
import com.upward.base.ui.ChartView;
import com.upward.base.ui.RouteIds;
import com.upward.base.ui.light.DrawnMarkup;
import com.upward.base.ui.Markup;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Translations;
import com.upward.base.ui.Toasts;
import com.upward.base.ui.light.PagedTable;
import com.upward.base.ui.light.PagedTable.Column;
import com.upward.base.ui.light.PagedTable.RowAction;
import com.upward.notification.NudgeService;
import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.AtRiskPairs.Order;
import com.upward.reporting.DashboardFigures;
import com.upward.reporting.DashboardFigures.CohortHealth;
import com.upward.reporting.DashboardFigures.HrFigures;
import com.upward.reporting.ReportingService.MonthCompletion;
import com.upward.reporting.SmallCells;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.data.provider.SortDirection;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static com.upward.base.ui.Translations.tr;

/**
 * HR's answer to "which pairs need me today?": the health of each running cohort (completion, on time, at-risk
 * pairs, open help requests) with its completion trend, and the at-risk pairs with one-click actions: open the
 * cohort, nudge both people, rematch on the matching board. Figures from {@link DashboardFigures}.
 */
@Uses(ChartView.class)
class PairsNeedingAttention extends Div {

    final PagedTable<AtRiskPair> atRisk;
    /** The listed pairs, in the order shown; their rows are read a page at a time. */
    private long[] listed;
    private String listedOrder = Order.COHORT + " false"; // the order of HrFigures.atRisk

    PairsNeedingAttention(DashboardFigures figures, NudgeService nudges) {
        addClassName("home-section");
        add(new H3(tr("dashboard.at-risk.heading")));
        HrFigures hr = figures.hr();
        listed = hr.atRisk().stream().mapToLong(AtRiskPair::assignmentId).toArray();
        atRisk = new PagedTable<>(tr("dashboard.at-risk.label"), AtRiskPair::assignmentId,
                Column.text(Order.MENTEE.name(), tr("dashboard.at-risk.mentee"), AtRiskPair::menteeName),
                Column.text(Order.MENTOR.name(), tr("dashboard.at-risk.mentor"), AtRiskPair::mentorName),
                Column.text(Order.COHORT.name(), tr("dashboard.at-risk.cohort"), AtRiskPair::cohortName),
                Column.<AtRiskPair>text("reason", tr("dashboard.at-risk.why"),
                        pair -> tr("reporting.risk." + pair.risk().kind().name(), Formats.date(pair.risk().on())))
                        .unsorted());
        atRisk.setItems(query -> {
            query.getSortOrders().stream().findFirst().ifPresent(sort -> listIn(figures,
                    Order.valueOf(sort.getSorted()), sort.getDirection() == SortDirection.DESCENDING));
            return figures.atRiskPairs(LongStream.of(listed).skip(query.getOffset()).limit(query.getLimit())
                    .boxed().toList()).stream();
        }, query -> listed.length);
        atRisk.addRowAction(new RowAction<>("open", tr("dashboard.at-risk.open"), false,
                pair -> tr("dashboard.at-risk.open-pair", pair.menteeName(), pair.mentorName()),
                pair -> navigate(BoardLinks.pair(pair.cohortId(), pair.assignmentId(), false))));
        atRisk.addRowAction(new RowAction<>("nudge", tr("dashboard.at-risk.nudge"), true,
                pair -> tr("dashboard.at-risk.nudge-pair", pair.menteeName(), pair.mentorName()),
                pair -> nudge(nudges, pair)));
        atRisk.addRowAction(new RowAction<>("rematch", tr("dashboard.at-risk.rematch"), false,
                pair -> tr("dashboard.at-risk.rematch-pair", pair.menteeName()),
                pair -> navigate(BoardLinks.pair(pair.cohortId(), pair.assignmentId(), true))));
        atRisk.setEmptyText(tr("dashboard.at-risk.none"));
        atRisk.sortBy(Order.COHORT.name(), false);
        add(atRisk);

        if (!hr.cohorts().isEmpty()) {
            // about 3 KB of markup per cohort, which the session need not keep
            add(new DrawnMarkup("cohort-healths", cohortHealths(hr), () -> cohortHealths(figures.hr())));
        }
    }

    /** The list in the order asked for: sorting reads the at-risk pairs again, in that order. */
    private void listIn(DashboardFigures figures, Order order, boolean descending) {
        String asked = order + " " + descending;
        if (!asked.equals(listedOrder)) {
            listed = figures.atRiskPairIds(order, descending).stream().mapToLong(Long::longValue).toArray();
            listedOrder = asked;
        }
    }

    private static void nudge(NudgeService nudges, AtRiskPair pair) {
        if (nudges.nudgePair(pair.assignmentId())) {
            Toasts.success(tr("dashboard.at-risk.nudged", pair.menteeName(), pair.mentorName()));
        } else {
            Toasts.error(tr("dashboard.at-risk.not-nudged"));
        }
    }

    /** A route, with a query when it has one ("cohorts/2/matching?pair=7"). */
    private void navigate(String address) {
        getUI().ifPresent(ui -> RouteIds.navigate(ui, address));
    }

    private static String cohortHealths(HrFigures hr) {
        return hr.cohorts().stream().map(PairsNeedingAttention::cohortHealth).collect(Collectors.joining());
    }

    /** One running cohort's figures and completion trend, as markup. */
    private static String cohortHealth(CohortHealth health) {
        String cohortName = health.cohort().name();
        var html = new StringBuilder("<div class=\"cohort-health\"><h4>")
                .append(Markup.text(cohortName + " · " + health.programName())).append("</h4>")
                .append(Tiles.markup(List.of(
                        Tiles.tile(SmallCells.in(Translations.locale()).percent(health.completion()), tr("dashboard.tile.check-in-completion")),
                        Tiles.tile(SmallCells.in(Translations.locale()).percent(health.onTime()), tr("dashboard.cohort-health.on-time-rate")),
                        Tiles.tile(health.atRiskPairs(), tr("dashboard.cohort-health.at-risk-pairs")),
                        Tiles.tile(health.openHelpRequests(), tr("dashboard.tile.open-help-requests")))));
        List<MonthCompletion> trend = health.trend();
        if (!trend.isEmpty()) {
            DateTimeFormatter month = ExecutiveOutcomes.monthFormat(Translations.locale());
            List<String> months = trend.stream().map(t -> month.format(t.month())).toList();
            List<Double> rates = trend.stream().map(t -> t.completion().percent()).toList();
            html.append(ChartView.lineMarkup(tr("dashboard.chart.completion-by-month"), tr("dashboard.chart.month"),
                    months, new ChartView.Series(tr("dashboard.chart.completion-percent"), rates), "%", 100.0,
                    ExecutiveOutcomes.summary(cohortName, months, rates)));
        }
        return html.append("</div>").toString();
    }
}
