package com.upward.checkin.ui;

import com.upward.survey.SurveyModels;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import static com.upward.base.ui.Translations.tr;

/** The mentee's check-ins in the cohort that runs now: what is due, overdue, in draft, submitted and reviewed. */
@Route("checkins")
@Menu(order = 26, icon = "vaadin:clipboard-check", title = "My check-ins")
@RolesAllowed(Role.Names.EMPLOYEE)
class MyCheckInsView extends Div implements HasDynamicTitle {

    MyCheckInsView(CheckInService checkIns, SurveyService surveys) {
        addClassNames("page", "checkins-page");
        add(new H2(tr("checkin.list.title")));
        var intro = new Paragraph(tr("checkin.list.intro"));
        intro.addClassName("page-intro");
        add(intro);
        add(Todos.of(tr("checkin.list.surveys"), surveyTodos(surveys)));
        List<CheckInRow> rows = checkIns.myCheckIns();
        if (rows.isEmpty()) {
            add(Tiles.emptyState(tr("checkin.list.empty")));
            return;
        }
        add(Markup.of(list(rows)));
    }

    @Override
    public String getPageTitle() {
        return tr("checkin.list.title");
    }

    /** One line per check-in, each with a link that opens it; markup, as the lines only change on a new visit. */
    static String list(List<CheckInRow> rows) {
        var html = new StringBuilder("<div class=\"checkin-list\" role=\"list\">");
        for (CheckInRow row : rows) {
            boolean toDo = row.state() == State.DUE || row.state() == State.OVERDUE || row.state() == State.DRAFT;
            html.append("<div class=\"tile checkin-line\" role=\"listitem\"><span class=\"checkin-what\">")
                    .append(Markup.text(tr("checkin.list.line", row.cohortName(), row.period(),
                            Formats.date(row.dueOn()))))
                    .append("</span>").append(StatusLabels.badgeMarkup(row.state(), label(row.state())))
                    .append(Markup.link("checkins/" + row.id(), action(row), toDo ? "link-button primary" : "link-button",
                            tr("checkin.list.link-name", action(row), row.period())))
                    .append("</div>");
        }
        return html.append("</div>").toString();
    }

    /** Unanswered surveys, each with a link to answer it. */
    static List<Todo> surveyTodos(SurveyService surveys) {
        return surveys.mySurveys().stream().filter(s -> !s.answered())
                .map(s -> new Todo(s.closesOn() == null
                        ? tr("checkin.list.survey", tr(SurveyModels.titleKey(s.kind())), s.cohortName())
                        : tr("checkin.list.survey-until", tr(SurveyModels.titleKey(s.kind())), s.cohortName(),
                        Formats.date(s.closesOn())),
                        s.route(), tr("checkin.list.answer"))).toList();
    }

    /** A check-in's state in the reader's language, the same on the mentee's and the mentor's pages. */
    static String label(State state) {
        return tr("checkin.state." + state.name());
    }

    private static String action(CheckInRow row) {
        return switch (row.state()) {
            case UPCOMING, DUE, OVERDUE -> tr("checkin.list.start");
            case DRAFT -> tr("checkin.list.continue");
            case SUBMITTED, LATE -> row.editable() ? tr("checkin.list.view-or-change") : tr("checkin.list.view");
            case REVIEWED -> tr("checkin.list.view-feedback");
        };
    }
}
