package com.upward.dashboard.ui;

import com.upward.checkin.Celebrations.Celebration;
import com.upward.base.ui.Formats;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Tiles;
import com.upward.dashboard.EmployeeHomeService.GoalProgress;
import com.upward.dashboard.EmployeeHomeService.LatestFeedback;
import com.upward.dashboard.EmployeeHomeService.MenteeStatus;
import com.upward.dashboard.EmployeeHomeService.MyProgress;
import com.upward.dashboard.EmployeeHomeService.PairingToDo;
import com.upward.dashboard.HomeSummaries.NextCheckIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The employee's answer to "what's next for me?": the next check-in with one click to start it, the wins and the
 * on-time streak, the latest feedback from their mentor, their goals with progress bars, and for a mentor how each
 * mentee is doing.
 */
class WhatsNext extends Div {

    Button startCheckIn;
    Button openPairing;

    /** Whether there is anything to show: without, the section is left out (issue 24, an empty heading). */
    static boolean hasContent(NextCheckIn next, MyProgress progress) {
        return next != null || progress.pairing().any() || !progress.goals().isEmpty()
                || progress.celebration().wins() > 0
                || progress.latestFeedback() != null || !progress.mentees().isEmpty();
    }

    WhatsNext(NextCheckIn next, MyProgress progress) {
        addClassName("home-section");
        add(new H3("What's next for you?"));
        if (progress.pairing().any()) {
            add(pairing(progress.pairing()));
        }
        if (next != null) {
            add(nextCheckIn(next));
        }
        Celebration celebration = progress.celebration();
        if (!progress.goals().isEmpty() || celebration.wins() > 0) {
            add(Tiles.of(Tiles.tile(celebration.wins(), celebration.winsLabel()),
                    Tiles.tile(celebration.onTimeStreak(), Celebration.STREAK_LABEL)));
        }
        if (progress.latestFeedback() != null) {
            add(feedback(progress.latestFeedback()));
        }
        if (!progress.goals().isEmpty()) {
            var goals = new Div(new H4("Your goals"));
            goals.addClassName("home-goals");
            progress.goals().forEach(goal -> goals.add(goal(goal)));
            add(goals);
        }
        if (!progress.mentees().isEmpty()) {
            add(new H4("Your mentees"), mentees(progress));
        }
    }

    private Component nextCheckIn(NextCheckIn next) {
        var text = new Paragraph(next.overdue()
                ? "Overdue check-in: " + next.cohort() + ", period " + next.periodNumber() + ", was due "
                + Formats.date(next.dueOn()) + "."
                : "Next check-in: " + next.cohort() + ", period " + next.periodNumber() + ", due "
                + Formats.date(next.dueOn()) + (next.status().equals("DRAFT") ? " (draft saved)." : "."));
        text.addClassName("next-check-in");
        if (next.overdue()) {
            text.addClassName("overdue");
        }
        startCheckIn = new Button(next.status().equals("DRAFT") ? "Continue check-in" : "Start check-in",
                e -> getUI().ifPresent(ui -> ui.navigate("checkins/" + next.checkInId())));
        startCheckIn.addThemeVariants(ButtonVariant.PRIMARY);
        var row = new Div(text, startCheckIn);
        row.addClassName("next-check-in-row");
        return row;
    }

    private Component pairing(PairingToDo todo) {
        long n = todo.proposalsToAnswer();
        String text = n == 1 ? "A proposed pair waits for your answer."
                : n > 1 ? n + " proposed pairs wait for your answer."
                : "You can choose your mentor in " + String.join(", ", todo.cohortsToChooseIn()) + ".";
        var line = new Paragraph(text);
        line.addClassName("next-check-in");
        openPairing = new Button(n > 0 ? "Answer" : "Choose a mentor",
                e -> getUI().ifPresent(ui -> ui.navigate("pairing")));
        openPairing.addThemeVariants(ButtonVariant.PRIMARY);
        var row = new Div(line, openPairing);
        row.addClassName("next-check-in-row");
        return row;
    }

    private static Component feedback(LatestFeedback feedback) {
        var heading = new Span("Latest feedback from " + feedback.mentorName() + ", " + Formats.date(feedback.givenOn())
                + " (period " + feedback.period() + ")");
        heading.addClassName("feedback-heading");
        var body = new Paragraph(feedback.body());
        body.addClassName("feedback-body");
        var card = new Div(heading, body);
        card.addClassName("latest-feedback");
        return card;
    }

    private static Component goal(GoalProgress goal) {
        var title = new Span(goal.title());
        title.addClassName("goal-title");
        var bar = new ProgressBar(0, 100, goal.progress());
        bar.getElement().setAttribute("aria-label", goal.title() + ": " + goal.progress() + "% done");
        var meta = new Span(StatusLabels.of(goal.type()) + " goal · " + StatusLabels.of(goal.status()) + " · "
                + goal.progress() + "% · " + goal.milestonesDone() + " of " + goal.milestones() + " milestones");
        meta.addClassName("goal-meta");
        var row = new Div(title, bar, meta);
        row.addClassName("home-goal");
        return row;
    }

    private static Component mentees(MyProgress progress) {
        var grid = new Grid<MenteeStatus>();
        grid.addColumn(MenteeStatus::name).setHeader("Mentee").setSortable(true).setAutoWidth(true);
        grid.addColumn(MenteeStatus::cohort).setHeader("Cohort").setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.lastCheckIn())).setHeader("Last check-in").setAutoWidth(true);
        grid.addColumn(MenteeStatus::overdue).setHeader("Overdue").setAutoWidth(true);
        grid.addColumn(m -> m.helpOpen() ? "Asks for help" : "").setHeader("Help").setAutoWidth(true);
        grid.setItems(progress.mentees());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Your mentees");
        return grid;
    }
}
