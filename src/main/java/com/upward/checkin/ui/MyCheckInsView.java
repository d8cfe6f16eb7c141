package com.upward.checkin.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.Markup;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Todos;
import com.upward.base.ui.Todos.Todo;
import com.upward.checkin.CheckInRules.State;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.internal.CheckInModels.CheckInRow;
import com.upward.base.Role;
import com.upward.survey.SurveyService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** The mentee's check-ins in the cohort that runs now: what is due, overdue, in draft, submitted and reviewed. */
@Route("checkins")
@PageTitle("My check-ins")
@Menu(order = 26, icon = "vaadin:clipboard-check", title = "My check-ins")
@RolesAllowed(Role.Names.EMPLOYEE)
class MyCheckInsView extends Div {

    MyCheckInsView(CheckInService checkIns, SurveyService surveys) {
        addClassNames("page", "checkins-page");
        add(new H2("My check-ins"));
        var intro = new Paragraph("One check-in per period: how your goals moved, what went well, what did not and "
                + "what you learned from it. Setbacks are data, not verdicts. On time means by two days after the "
                + "due date; a late check-in still counts.");
        intro.addClassName("page-intro");
        add(intro);
        add(Todos.of("Surveys to answer", surveyTodos(surveys)));
        List<CheckInRow> rows = checkIns.myCheckIns();
        if (rows.isEmpty()) {
            add(Tiles.emptyState("No check-ins yet. They appear here once your cohort has started and you have a "
                    + "mentor."));
            return;
        }
        add(Markup.of(list(rows)));
    }

    /** One line per check-in, each with a link that opens it; markup, as the lines only change on a new visit. */
    static String list(List<CheckInRow> rows) {
        var html = new StringBuilder("<div class=\"checkin-list\" role=\"list\">");
        for (CheckInRow row : rows) {
            boolean toDo = row.state() == State.DUE || row.state() == State.OVERDUE || row.state() == State.DRAFT;
            html.append("<div class=\"tile checkin-line\" role=\"listitem\"><span class=\"checkin-what\">")
                    .append(Markup.text(row.cohortName() + " · period " + row.period() + " · due "
                            + Formats.date(row.dueOn())))
                    .append("</span>").append(StatusLabels.badgeMarkup(row.state(), label(row.state())))
                    .append(Markup.link("checkins/" + row.id(), action(row), toDo ? "link-button primary" : "link-button",
                            action(row) + ": period " + row.period()))
                    .append("</div>");
        }
        return html.append("</div>").toString();
    }

    /** Unanswered surveys, each with a link to answer it. */
    static List<Todo> surveyTodos(SurveyService surveys) {
        return surveys.mySurveys().stream().filter(s -> !s.answered())
                .map(s -> new Todo(s.title() + " · " + s.cohortName()
                        + (s.closesOn() == null ? "" : " · open until " + Formats.date(s.closesOn())),
                        s.route(), "Answer")).toList();
    }

    static String label(State state) {
        return switch (state) {
            case UPCOMING -> "Upcoming";
            case DUE -> "Due";
            case OVERDUE -> "Overdue";
            case DRAFT -> "Draft";
            case SUBMITTED -> "Submitted";
            case LATE -> "Submitted late";
            case REVIEWED -> "Reviewed";
        };
    }

    private static String action(CheckInRow row) {
        return switch (row.state()) {
            case UPCOMING, DUE, OVERDUE -> "Start check-in";
            case DRAFT -> "Continue";
            case SUBMITTED, LATE -> row.editable() ? "View or change" : "View";
            case REVIEWED -> "View feedback";
        };
    }
}
