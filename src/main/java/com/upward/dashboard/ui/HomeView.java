package com.upward.dashboard.ui;

import com.upward.base.ui.Formats;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.Tiles;
import com.upward.dashboard.EmployeeHomeService;
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
import com.upward.security.Role;
import com.upward.security.UserPrincipal;
import com.upward.survey.SurveyService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;


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
        add(new H2("Welcome, " + user.displayName().split(" ")[0]));
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
            add(new WhatsNext(mine.nextCheckIn(), employeeHome.myProgress()));
            add(myMentoring(mine));
        }
    }

    private static Component programHealth(ProgramHealth health) {
        var section = new Div(new H3("Program health"));
        section.addClassName("home-section");
        section.add(Tiles.of(
                Tiles.tile(health.activeCohorts(), "Active cohorts"),
                Tiles.tile(health.acceptedMentees(), "Mentees in active cohorts"),
                Tiles.tile(health.activePairs(), "Active pairs"),
                Tiles.tile(health.overdueCheckIns(), "Overdue check-ins"),
                Tiles.tile(health.openHelpRequests(), "Open help requests")));
        if (health.cohorts().isEmpty()) {
            section.add(Tiles.emptyState("No cohorts are running or enrolling. Create a cohort in a program to start."));
        } else {
            var grid = new Grid<CohortLine>();
            grid.addColumn(CohortLine::cohort).setHeader("Cohort").setAutoWidth(true);
            grid.addColumn(CohortLine::program).setHeader("Program").setAutoWidth(true);
            grid.addColumn(c -> StatusLabels.of(c.status())).setHeader("Status");
            grid.addColumn(c -> Formats.date(c.startsOn())).setHeader("Starts");
            grid.addColumn(c -> Formats.date(c.endsOn())).setHeader("Ends");
            grid.addColumn(CohortLine::mentors).setHeader("Mentors");
            grid.addColumn(CohortLine::mentees).setHeader("Mentees");
            grid.setItems(health.cohorts());
            grid.setAllRowsVisible(true);
            grid.setAriaLabel("Running and enrolling cohorts");
            section.add(grid);
        }
        return section;
    }

    private static Component myMentoring(MyMentoring mine) {
        var section = new Div(new H3("My mentoring"));
        section.addClassName("home-section");
        if (mine.participations().isEmpty()) {
            section.add(Tiles.emptyState("You are not in a mentoring cohort yet. "
                    + "When HR opens enrollment, you can apply as a mentor or a mentee."));
        }
        for (Participation p : mine.participations()) {
            var title = new Span(p.cohort() + " · " + p.program());
            title.addClassName("participation-title");
            var card = new Div(title);
            card.addClassNames("tile", "participation");
            var role = p.side().equals("MENTOR") ? "Mentor" : "Mentee";
            card.add(new Paragraph(role + " · " + StatusLabels.of(p.status()) + " · cohort " + StatusLabels.of(p.cohortStatus())));
            if (!p.partners().isEmpty()) {
                card.add(partners(p));
            }
            section.add(card);
        }
        return section;
    }

    /** The other side of each ACTIVE pair, with an email link: a new pair's first step is to get in touch. */
    private static Component partners(Participation p) {
        var heading = new Span(p.side().equals("MENTOR") ? "Your mentees" : "Your mentor");
        heading.addClassName("partners-heading");
        var list = new UnorderedList();
        list.addClassName("partners");
        for (Partner partner : p.partners()) {
            var email = new Anchor("mailto:" + partner.email(), partner.email());
            list.add(new ListItem(new Span(partner.name() + " · "), email,
                    new Span(" · since " + Formats.date(partner.since()))));
        }
        return new Div(heading, list);
    }
}
