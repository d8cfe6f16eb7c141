package com.upward.program.ui;

import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Tiles;
import com.upward.goals.GoalStatus;
import com.upward.program.CohortDetails;
import com.upward.program.CohortFigures;
import com.upward.survey.SurveyViews.ResponseRate;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Key figures of a cohort: people, pairs, check-ins, goals. Each is one database aggregate. */
class OverviewTab extends Div {

    private final CohortDetails cohort;
    private final Supplier<List<ResponseRate>> surveyRates;

    OverviewTab(CohortFigures figures, CohortDetails cohort, Supplier<List<ResponseRate>> surveyRates) {
        this.cohort = cohort;
        this.surveyRates = surveyRates;
        show(figures);
    }

    /** Shows fresh figures (the tab is refreshed each time it is selected, as decisions elsewhere change them). */
    void show(CohortFigures figures) {
        removeAll();
        add(new H3("People"), Tiles.of(
                Tiles.tile(figures.acceptedMentors(), "Accepted mentors"),
                Tiles.tile(figures.acceptedMentees(), "Accepted mentees"),
                Tiles.tile(figures.applied(), "Applications to decide"),
                Tiles.tile(figures.waitlisted(), "Waitlisted"),
                Tiles.tile(figures.activePairs(), "Active pairs")));
        add(new H3("Check-ins"), Tiles.of(
                Tiles.tile(figures.checkInsSubmitted(), "Submitted"),
                Tiles.tile(figures.checkInsDue(), "Due so far"),
                Tiles.tile(figures.checkInsOverdue(), "Overdue (2+ days)")));
        add(new H3("Goals"));
        if (figures.goalsByStatus().isEmpty()) {
            add(Tiles.emptyState(switch (cohort.status()) {
                case DRAFT, ENROLLING -> "Mentees set their goals once the cohort has started.";
                default -> "No goals have been set in this cohort yet.";
            }));
        } else {
            List<Tiles.Tile> goals = new ArrayList<>();
            for (GoalStatus status : GoalStatus.values()) {
                goals.add(Tiles.tile(figures.goalsByStatus().getOrDefault(status.name(), 0L), StatusLabels.of(status)));
            }
            add(Tiles.of(goals));
        }
        List<ResponseRate> rates = surveyRates.get();
        if (!rates.isEmpty()) {
            // response rates only: HR never sees anyone's answers
            add(new H3("Surveys"), Tiles.of(rates.stream().map(r -> Tiles.tile(r.answered() + " of " + r.asked(),
                    r.title() + ": answered")).toList()));
        }
    }
}
