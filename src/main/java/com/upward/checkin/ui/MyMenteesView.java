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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static com.upward.base.ui.Translations.tr;

/** The mentor's mentees: their goals with progress and their check-ins, with a way into each submitted one. */
@Route("mentees")
@Menu(order = 27, icon = "vaadin:group", title = "My mentees")
@RolesAllowed(Role.Names.EMPLOYEE)
class MyMenteesView extends Div implements HasDynamicTitle {

    final List<Button> reads = new ArrayList<>();

    final List<Button> comments = new ArrayList<>();
    private final GoalService goalService;

    MyMenteesView(MentorCheckInService mentor, GoalService goalService) {
        this.goalService = goalService;
        addClassNames("page", "mentees-page");
        add(new H2(tr("checkin.mentees.title")));
        var intro = new Paragraph(tr("checkin.mentees.intro"));
        intro.addClassName("page-intro");
        add(intro);
        List<MenteeOverview> mentees = mentor.myMentees();
        if (mentees.isEmpty()) {
            add(Tiles.emptyState(tr("checkin.mentees.empty")));
        }
        mentees.forEach(m -> add(card(m)));
    }

    @Override
    public String getPageTitle() {
        return tr("checkin.mentees.title");
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
            bar.getElement().setAttribute("aria-label", tr("checkin.mentees.goal-name", g.title(), g.progress()));
            var trend = new Span(g.trend().isEmpty() ? tr("checkin.mentees.no-trend")
                    : tr("checkin.mentees.trend", g.trend().stream().map(p -> tr("checkin.mentees.percent", p))
                    .collect(Collectors.joining(" → "))));
            trend.addClassName("mentee-goal-trend");
            var comment = new Button(tr("checkin.mentees.comment"),
                    e -> new GoalCommentDialog(goalService, g.goalId(), g.title()).open());
            comment.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            comment.setAriaLabel(tr("checkin.mentees.comment-name", g.title()));
            comments.add(comment);
            var status = new Span(tr("goals.status." + g.status().name()));
            status.addClassNames("status-badge", StatusLabels.cssClass(g.status()));
            var head = new HorizontalLayout(new Span(new UserText(g.title()),
                    new Text(tr("checkin.mentees.goal-progress", g.progress()))), status, comment);
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            var line = new Div(head, bar, trend);
            line.addClassName("mentee-goal");
            goals.add(line);
        }
        if (m.goals().isEmpty()) {
            goals.add(new Span(tr("checkin.mentees.no-goals")));
        }
        card.add(goals);
        var checkIns = new Div();
        checkIns.addClassName("mentee-checkins");
        for (CheckInLine ci : m.checkIns()) {
            var what = new Span(ci.helpRequested() && !ci.helpAcknowledged()
                    ? tr("checkin.mentees.check-in-help", ci.period(), Formats.date(ci.dueOn()),
                    MyCheckInsView.label(ci.state()))
                    : tr("checkin.mentees.check-in", ci.period(), Formats.date(ci.dueOn()),
                    MyCheckInsView.label(ci.state())));
            var line = new HorizontalLayout(what);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            if (ci.state() == State.SUBMITTED || ci.state() == State.LATE || ci.state() == State.REVIEWED) {
                var read = new Button(ci.state() == State.REVIEWED ? tr("checkin.mentees.read")
                        : tr("checkin.mentees.read-and-give-feedback"),
                        e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("mentees/checkins/" + ci.id())));
                read.setAriaLabel(tr("checkin.mentees.read-name", ci.period(), m.name()));
                reads.add(read);
                line.add(read);
            }
            checkIns.add(line);
        }
        card.add(checkIns);
        return card;
    }
}
