package com.upward.checkin.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.UserText;
import com.upward.checkin.CheckInRules.State;
import com.upward.checkin.internal.MentorModels.MenteeGoal;
import com.upward.checkin.internal.MentorCheckInService;
import com.upward.checkin.internal.MentorModels.CheckInLine;
import com.upward.checkin.internal.MentorModels.MenteeOverview;
import com.upward.goals.GoalService;
import com.upward.base.Role;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The mentor's mentees: their goals with progress and their check-ins, with a way into each submitted one. */
@Route("mentees")
@PageTitle("My mentees")
@Menu(order = 27, icon = "vaadin:group", title = "My mentees")
@RolesAllowed(Role.Names.EMPLOYEE)
class MyMenteesView extends Div {

    final List<Button> reads = new ArrayList<>();

    final List<Button> comments = new ArrayList<>();
    private final GoalService goalService;

    MyMenteesView(MentorCheckInService mentor, GoalService goalService) {
        this.goalService = goalService;
        addClassNames("page", "mentees-page");
        add(new H2("My mentees"));
        var intro = new Paragraph("Your mentees' goals and check-ins. Read a submitted check-in to give feedback; "
                + "their private notes stay private, and each time you open a check-in it is logged.");
        intro.addClassName("page-intro");
        add(intro);
        List<MenteeOverview> mentees = mentor.myMentees();
        if (mentees.isEmpty()) {
            add(Tiles.emptyState("You have no mentees right now. When HR pairs you with someone, they appear here."));
        }
        mentees.forEach(m -> add(card(m)));
    }

    private Div card(MenteeOverview m) {
        var card = new Div(new H3(m.name()));
        card.addClassNames("tile", "mentee-card");
        var facts = new Paragraph(m.cohortName() + " · ");
        facts.add(new Anchor("mailto:" + m.email(), m.email()));
        card.add(facts);
        var goals = new Div();
        goals.addClassName("mentee-goals");
        for (MenteeGoal g : m.goals()) {
            var bar = new ProgressBar(0, 100, g.progress());
            bar.getElement().setAttribute("aria-label", g.title() + ": " + g.progress() + "%");
            var trend = new Span(g.trend().isEmpty() ? "no check-in yet"
                    : "trend " + g.trend().stream().map(p -> p + "%").collect(Collectors.joining(" → ")));
            trend.addClassName("mentee-goal-trend");
            var comment = new Button("Comment", e -> new GoalCommentDialog(goalService, g.goalId(), g.title()).open());
            comment.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            comment.setAriaLabel("Comment on " + g.title());
            comments.add(comment);
            var head = new HorizontalLayout(new Span(new UserText(g.title()), new Text(" · " + g.progress() + "%")),
                    StatusLabels.badge(g.status()), comment);
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            var line = new Div(head, bar, trend);
            line.addClassName("mentee-goal");
            goals.add(line);
        }
        if (m.goals().isEmpty()) {
            goals.add(new Span("No goals yet."));
        }
        card.add(goals);
        var checkIns = new Div();
        checkIns.addClassName("mentee-checkins");
        for (CheckInLine ci : m.checkIns()) {
            var what = new Span("Period " + ci.period() + " · due " + Formats.date(ci.dueOn()) + " · "
                    + MyCheckInsView.label(ci.state()) + (ci.helpRequested() && !ci.helpAcknowledged()
                    ? " · asks for help" : ""));
            var line = new HorizontalLayout(what);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            if (ci.state() == State.SUBMITTED || ci.state() == State.LATE || ci.state() == State.REVIEWED) {
                var read = new Button(ci.state() == State.REVIEWED ? "Read" : "Read and give feedback",
                        e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("mentees/checkins/" + ci.id())));
                read.setAriaLabel("Read period " + ci.period() + " of " + m.name());
                reads.add(read);
                line.add(read);
            }
            checkIns.add(line);
        }
        card.add(checkIns);
        return card;
    }
}
