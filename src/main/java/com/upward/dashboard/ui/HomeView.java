package com.upward.dashboard.ui;

import com.upward.survey.SurveyModels;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

import static com.upward.base.ui.Translations.tr;


/** The role-aware home: one section per role the signed-in person has. Dashboards will grow from here. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
class HomeView extends Div implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, HomeService home, SurveyService surveys, DashboardFigures figures,
             ReportingService reporting, NudgeService nudges, EmployeeHomeService employeeHome) {
        addClassName("page");
        UserPrincipal user = currentUser.require();
        add(Markup.of("<h2>" + Markup.text(tr("dashboard.home.welcome", user.displayName().split(" ")[0]))
                + "</h2>"));
        if (user.hasRole(Role.HR) || user.hasRole(Role.ADMIN)) {
            add(new PairsNeedingAttention(figures, nudges));
            add(programHealth(home.programHealth()));
        }
        if (user.hasRole(Role.EXECUTIVE)) {
            add(new ExecutiveOutcomes(figures, reporting));
        }
        if (user.hasRole(Role.EMPLOYEE)) {
            add(Todos.of(tr("dashboard.home.to-do"), surveys.mySurveys().stream().filter(s -> !s.answered())
                    .map(s -> new Todo(tr("dashboard.home.answer-survey", tr(SurveyModels.titleKey(s.kind())), s.cohortName()),
                            s.route(), tr("dashboard.home.answer-now"))).toList()));
            MyMentoring mine = home.myMentoring();
            MyProgress progress = employeeHome.myProgress();
            if (WhatsNext.hasContent(mine.nextCheckIn(), progress)) {
                add(new WhatsNext(mine.nextCheckIn(), progress));
            }
            add(myMentoring(mine));
        }
    }

    @Override
    public String getPageTitle() {
        return tr("dashboard.home.title");
    }

    /** Read-only figures and tables, one element of markup. */
    private static Component programHealth(ProgramHealth health) {
        return Markup.of("<div class=\"home-section\"><h3>" + Markup.text(tr("dashboard.program-health.heading"))
                + "</h3>" + Tiles.markup(List.of(
                Tiles.tile(health.activeCohorts(), tr("dashboard.program-health.active-cohorts")),
                Tiles.tile(health.acceptedMentees(), tr("dashboard.program-health.mentees-in-active-cohorts")),
                Tiles.tile(health.activePairs(), tr("dashboard.program-health.active-pairs")),
                Tiles.tile(health.overdueCheckIns(), tr("dashboard.program-health.overdue-check-ins")),
                Tiles.tile(health.openHelpRequests(), tr("dashboard.tile.open-help-requests"))))
                + SummaryTable.markup(tr("dashboard.program-health.cohorts"),
                tr("dashboard.program-health.no-cohorts"), health.cohorts(),
                Column.text(tr("dashboard.program-health.cohort"), CohortLine::cohort),
                Column.text(tr("dashboard.program-health.program"), CohortLine::program),
                Column.text(tr("dashboard.program-health.status"), (CohortLine c) -> StatusLabels.of(c.status())),
                Column.text(tr("dashboard.program-health.starts"), (CohortLine c) -> Formats.date(c.startsOn())),
                Column.text(tr("dashboard.program-health.ends"), (CohortLine c) -> Formats.date(c.endsOn())),
                Column.number(tr("dashboard.program-health.mentors"), CohortLine::mentors),
                Column.number(tr("dashboard.program-health.mentees"), CohortLine::mentees)) + "</div>");
    }

    /** Read-only cards, one element of markup: every employee's home shows them. */
    private static Component myMentoring(MyMentoring mine) {
        var html = new StringBuilder("<div class=\"home-section\"><h3>")
                .append(Markup.text(tr("dashboard.my-mentoring.heading"))).append("</h3>");
        if (mine.participations().isEmpty()) {
            html.append(Tiles.emptyStateMarkup(tr("dashboard.my-mentoring.none")));
        }
        for (Participation p : mine.participations()) {
            var role = StatusLabels.of(p.side().equals("MENTOR") ? "MENTOR" : "MENTEE");
            html.append("<div class=\"tile participation\"><span class=\"participation-title\">")
                    .append(Markup.text(p.cohort() + " · " + p.program())).append("</span><p>")
                    .append(Markup.text(tr("dashboard.my-mentoring.participation", role,
                            StatusLabels.of(p.status()), StatusLabels.of(p.cohortStatus())))).append("</p>");
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
                .append(Markup.text(p.side().equals("MENTOR") ? tr("dashboard.home.your-mentees")
                        : tr("dashboard.my-mentoring.your-mentor")))
                .append("</span><ul class=\"partners\">");
        for (Partner partner : p.partners()) {
            html.append("<li><span>").append(Markup.text(partner.name() + " · ")).append("</span><a href=\"mailto:")
                    .append(Markup.text(partner.email())).append("\">").append(Markup.text(partner.email()))
                    .append("</a><span>")
                    .append(Markup.text(" · " + tr("dashboard.my-mentoring.since", Formats.date(partner.since()))))
                    .append("</span></li>");
        }
        html.append("</ul></div>");
    }
}
