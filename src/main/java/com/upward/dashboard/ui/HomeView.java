package com.upward.dashboard.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.Markup;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.SummaryTable;
import com.upward.base.ui.SummaryTable.Column;
import com.upward.base.ui.Tiles;
import com.upward.dashboard.EmployeeHomeService;
import com.upward.dashboard.EmployeeHomeService.MyProgress;
import com.upward.notification.NudgeService;
import com.upward.reporting.DashboardFigures;
import com.upward.reporting.ReportingService;
import com.upward.base.ui.Todos;
import com.upward.base.ui.Todos.Todo;
import com.upward.dashboard.HomeService;
import com.upward.dashboard.HomeSummaries.CohortLine;
import com.upward.dashboard.HomeSummaries.MyMentoring;
import com.upward.dashboard.HomeSummaries.Participation;
import com.upward.dashboard.HomeSummaries.Partner;
import com.upward.dashboard.HomeSummaries.ProgramHealth;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import com.upward.security.UserPrincipal;
import com.upward.survey.SurveyService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;


/** The role-aware home: one section per role the signed-in person has. Dashboards will grow from here. */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
class HomeView extends Div {

    HomeView(CurrentUser currentUser, HomeService home, SurveyService surveys, DashboardFigures figures,
             ReportingService reporting, NudgeService nudges, EmployeeHomeService employeeHome) {
        addClassName("page");
        UserPrincipal user = currentUser.require();
        add(Markup.of("<h2>" + Markup.text("Welcome, " + user.displayName().split(" ")[0]) + "</h2>"));
        if (user.hasRole(Role.HR) || user.hasRole(Role.ADMIN)) {
            add(new PairsNeedingAttention(figures, nudges));
            add(programHealth(home.programHealth()));
        }
        if (user.hasRole(Role.EXECUTIVE)) {
            add(new ExecutiveOutcomes(figures, reporting));
        }
        if (user.hasRole(Role.EMPLOYEE)) {
            add(Todos.of("To do", surveys.mySurveys().stream().filter(s -> !s.answered())
                    .map(s -> new Todo("Answer the survey \"" + s.title() + "\" for " + s.cohortName() + ".",
                            s.route(), "Answer now")).toList()));
            MyMentoring mine = home.myMentoring();
            MyProgress progress = employeeHome.myProgress();
            if (WhatsNext.hasContent(mine.nextCheckIn(), progress)) {
                add(new WhatsNext(mine.nextCheckIn(), progress));
            }
            add(myMentoring(mine));
        }
    }

    /** Read-only figures and tables, one element of markup. */
    private static Component programHealth(ProgramHealth health) {
        return Markup.of("<div class=\"home-section\"><h3>Program health</h3>" + Tiles.markup(List.of(
                Tiles.tile(health.activeCohorts(), "Active cohorts"),
                Tiles.tile(health.acceptedMentees(), "Mentees in active cohorts"),
                Tiles.tile(health.activePairs(), "Active pairs"),
                Tiles.tile(health.overdueCheckIns(), "Overdue check-ins"),
                Tiles.tile(health.openHelpRequests(), "Open help requests")))
                + SummaryTable.markup("Running and enrolling cohorts",
                "No cohorts are running or enrolling. Create a cohort in a program to start.", health.cohorts(),
                Column.text("Cohort", CohortLine::cohort),
                Column.text("Program", CohortLine::program),
                Column.text("Status", (CohortLine c) -> StatusLabels.of(c.status())),
                Column.text("Starts", (CohortLine c) -> Formats.date(c.startsOn())),
                Column.text("Ends", (CohortLine c) -> Formats.date(c.endsOn())),
                Column.number("Mentors", CohortLine::mentors),
                Column.number("Mentees", CohortLine::mentees)) + "</div>");
    }

    /** Read-only cards, one element of markup: every employee's home shows them. */
    private static Component myMentoring(MyMentoring mine) {
        var html = new StringBuilder("<div class=\"home-section\"><h3>My mentoring</h3>");
        if (mine.participations().isEmpty()) {
            html.append(Tiles.emptyStateMarkup("You are not in a mentoring cohort yet. When HR opens enrollment, "
                    + "you can apply as a mentor or a mentee."));
        }
        for (Participation p : mine.participations()) {
            var role = p.side().equals("MENTOR") ? "Mentor" : "Mentee";
            html.append("<div class=\"tile participation\"><span class=\"participation-title\">")
                    .append(Markup.text(p.cohort() + " · " + p.program())).append("</span><p>")
                    .append(Markup.text(role + " · " + StatusLabels.of(p.status()) + " · cohort "
                            + StatusLabels.of(p.cohortStatus()))).append("</p>");
            if (!p.partners().isEmpty()) {
                partners(p, html);
            }
            html.append("</div>");
        }
        return Markup.of(html.append("</div>").toString());
    }

    /** The other side of each ACTIVE pair, with an email link: a new pair's first step is to get in touch. */
    private static void partners(Participation p, StringBuilder html) {
        html.append("<div><span class=\"partners-heading\">")
                .append(p.side().equals("MENTOR") ? "Your mentees" : "Your mentor")
                .append("</span><ul class=\"partners\">");
        for (Partner partner : p.partners()) {
            html.append("<li><span>").append(Markup.text(partner.name() + " · ")).append("</span><a href=\"mailto:")
                    .append(Markup.text(partner.email())).append("\">").append(Markup.text(partner.email()))
                    .append("</a><span>").append(Markup.text(" · since " + Formats.date(partner.since())))
                    .append("</span></li>");
        }
        html.append("</ul></div>");
    }
}
