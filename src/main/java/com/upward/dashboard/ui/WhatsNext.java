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

import static com.upward.base.ui.Translations.tr;

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
        add(new H3(tr("dashboard.whats-next.heading")));
        if (progress.pairing().any()) {
            add(pairing(progress.pairing()));
        }
        if (next != null) {
            add(nextCheckIn(next));
        }
        Celebration celebration = progress.celebration();
        if (!progress.goals().isEmpty() || celebration.wins() > 0) {
            add(Tiles.of(Tiles.tile(celebration.wins(), tr("dashboard.whats-next.wins", celebration.wins())),
                    Tiles.tile(celebration.onTimeStreak(), tr("dashboard.whats-next.streak"))));
        }
        if (progress.latestFeedback() != null) {
            add(feedback(progress.latestFeedback()));
        }
        if (!progress.goals().isEmpty()) {
            var goals = new Div(new H4(tr("dashboard.whats-next.goals")));
            goals.addClassName("home-goals");
            progress.goals().forEach(goal -> goals.add(goal(goal)));
            add(goals);
        }
        if (!progress.mentees().isEmpty()) {
            add(new H4(tr("dashboard.home.your-mentees")), mentees(progress));
        }
    }

    private Component nextCheckIn(NextCheckIn next) {
        boolean draft = next.status().equals("DRAFT");
        String due = Formats.date(next.dueOn());
        var text = new Paragraph(next.overdue()
                ? tr("dashboard.whats-next.overdue-check-in", next.cohort(), next.periodNumber(), due)
                : draft ? tr("dashboard.whats-next.next-draft", next.cohort(), next.periodNumber(), due)
                : tr("dashboard.whats-next.next-check-in", next.cohort(), next.periodNumber(), due));
        text.addClassName("next-check-in");
        if (next.overdue()) {
            text.addClassName("overdue");
        }
        startCheckIn = new Button(draft ? tr("dashboard.whats-next.continue") : tr("dashboard.whats-next.start"),
                e -> getUI().ifPresent(ui -> ui.navigate("checkins/" + next.checkInId())));
        startCheckIn.addThemeVariants(ButtonVariant.PRIMARY);
        var row = new Div(text, startCheckIn);
        row.addClassName("next-check-in-row");
        return row;
    }

    private Component pairing(PairingToDo todo) {
        long n = todo.proposalsToAnswer();
        String text = n > 0 ? tr("dashboard.whats-next.proposals", n)
                : tr("dashboard.whats-next.choose-in", String.join(", ", todo.cohortsToChooseIn()));
        var line = new Paragraph(text);
        line.addClassName("next-check-in");
        openPairing = new Button(n > 0 ? tr("dashboard.whats-next.answer") : tr("dashboard.whats-next.choose-mentor"),
                e -> getUI().ifPresent(ui -> ui.navigate("pairing")));
        openPairing.addThemeVariants(ButtonVariant.PRIMARY);
        var row = new Div(line, openPairing);
        row.addClassName("next-check-in-row");
        return row;
    }

    private static Component feedback(LatestFeedback feedback) {
        var heading = new Span(tr("dashboard.whats-next.feedback", feedback.mentorName(),
                Formats.date(feedback.givenOn()), feedback.period()));
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
        bar.getElement().setAttribute("aria-label",
                tr("dashboard.whats-next.goal-done", goal.title(), goal.progress()));
        var meta = new Span(tr("dashboard.whats-next.goal-meta", StatusLabels.of(goal.type()),
                StatusLabels.of(goal.status()), goal.progress(), goal.milestonesDone(), goal.milestones()));
        meta.addClassName("goal-meta");
        var row = new Div(title, bar, meta);
        row.addClassName("home-goal");
        return row;
    }

    private static Component mentees(MyProgress progress) {
        var grid = new Grid<MenteeStatus>();
        grid.addColumn(MenteeStatus::name).setHeader(tr("dashboard.mentees.mentee")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(MenteeStatus::cohort).setHeader(tr("dashboard.mentees.cohort")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.lastCheckIn())).setHeader(tr("dashboard.mentees.last-check-in"))
                .setAutoWidth(true);
        grid.addColumn(MenteeStatus::overdue).setHeader(tr("dashboard.mentees.overdue")).setAutoWidth(true);
        String asksForHelp = tr("dashboard.mentees.asks-for-help");
        grid.addColumn(m -> m.helpOpen() ? asksForHelp : "").setHeader(tr("dashboard.mentees.help"))
                .setAutoWidth(true);
        grid.setItems(progress.mentees());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(tr("dashboard.home.your-mentees"));
        return grid;
    }
}
