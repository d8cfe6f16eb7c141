package com.upward.dashboard.ui;

import com.upward.program.ProgramTestData;
import com.upward.reporting.CachedFigures;
import com.upward.reporting.DashboardFigures;
import com.upward.reporting.MetricsFixture;
import com.upward.testsupport.RenderedUi;
import com.upward.testsupport.SmallCounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 on the executive home: the small cohort (6 mentees, 3 mentors) as the page sends it to the browser,
 * tiles, chart data, its text alternative and the department table alike. No cell counts 1–4 people, the
 * participants total does not give the 3 mentors away, hidden cells say "fewer than 5 people", and a chart with
 * nothing to show says why.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class ExecutiveOutcomesSmallCellsTest extends SpringBrowserlessTest {

    /** A count of 1–4 standing alone: not part of a date, a range or a percentage. */

    @Autowired
    DashboardFigures figures;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheFixturesFigures() {
        CachedFigures.clear(figures);
    }

    private Element smallProgram() {
        var fixture = MetricsFixture.smallCells(data, jdbc);
        String name = jdbc.queryForObject("select name from program where id = ?", String.class, fixture.program);
        CachedFigures.clear(figures);
        data.signIn("exec");
        navigate(HomeView.class);
        return RenderedUi.select(UI.getCurrent(), ".program-outcomes").stream()
                .filter(p -> p.selectFirst("h4").text().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theParticipantsTileDoesNotRevealTheMentors() {
        Element program = smallProgram();
        assertThat(program.select(".tile").eachAttr("aria-label")).contains("Participants: fewer than 5 people")
                .doesNotContain("Participants: 9");
    }

    @Test
    void theDepartmentTableHidesTheSmallDepartmentAndTheOneThatWouldRevealIt() {
        Element program = smallProgram();
        List<String> rows = program.select("tbody tr").eachText();
        assertThat(rows).containsExactly("Finance fewer than 5 people fewer than 5 people fewer than 5 people",
                "Sales fewer than 5 people fewer than 5 people fewer than 5 people");
    }

    @Test
    void nothingSentToTheBrowserCountsOneToFourPeopleOrSaysLessThanFive() {
        Element program = smallProgram();
        // the text, every attribute (tile labels, the chart's data and summary) and the table
        List<String> sent = new java.util.ArrayList<>(List.of(program.text()));
        program.getAllElements().forEach(e -> e.attributes().forEach(a -> {
            if (!a.getKey().equals("href") && !a.getKey().equals("class")) {
                sent.add(a.getValue());
            }
        }));
        assertThat(sent).allSatisfy(text -> assertThat(text).doesNotContain("< 5")
                .satisfies(t -> assertThat(SmallCounts.in(t))
                        .as("small counts in \"%s\"", t).isEmpty()));
        assertThat(program.text()).contains("fewer than 5 people");
    }

    @Test
    void theTrendWithNothingToShowSaysWhy() {
        Element program = smallProgram();
        assertThat(program.select("upward-chart")).isEmpty();
        assertThat(program.select(".chart-note").text())
                .isEqualTo("Check-in completion: no check-ins were due in the period.");
    }
}
