package com.upward.dashboard.ui;

import com.upward.testsupport.TestTime;
import com.upward.testsupport.RenderedUi;
import com.upward.program.ProgramTestData;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.ReportScope;
import com.upward.reporting.ReportingService;
import com.upward.reporting.SmallCells;
import com.vaadin.flow.component.UI;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The executive's home: the service's figures per program, the trend chart with its text, the PDF download. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class ExecutiveOutcomesTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    ReportingService reporting;

    @Test
    void theExecutiveSeesEachProgramsFiguresFromTheReportingService() {
        data.signIn("exec");
        navigate(HomeView.class);
        var programs = reporting.programs();
        assertThat(programs).isNotEmpty();
        var program = programs.getFirst();
        OutcomeMetrics m = reporting.metrics(new ReportScope(program.id(), null, TestTime.today().minusYears(1),
                TestTime.today()));

        var tiles = RenderedUi.select(UI.getCurrent(), ".tile").eachAttr("aria-label");
        assertThat(tiles).contains("Match rate: " + SmallCells.percent(m.matchRate()),
                "Learning goals achieved: " + SmallCells.percent(m.learningGoals().achieved()),
                "Outcome goals achieved: " + SmallCells.percent(m.outcomeGoals().achieved()),
                "Failing-forward rate: " + SmallCells.percent(m.failingForward()),
                "Bounce-back rate: " + SmallCells.percent(m.bounceBack()),
                "Growth delta: " + SmallCells.delta(m.growthDelta()),
                "NPS: " + SmallCells.nps(m.nps()));

        assertThat(RenderedUi.select(UI.getCurrent(), "upward-chart").eachAttr("summary")).isNotEmpty()
                .allSatisfy(summary -> assertThat(summary).startsWith("Check-in completion by month for "));
        // one download address for every program; each link names its program
        var links = RenderedUi.select(UI.getCurrent(), "a.download-outcome");
        assertThat(links.eachText()).hasSize(programs.size()).containsOnly("Download outcome report (PDF)");
        String reports = $(ExecutiveOutcomes.class).single().getElement().getAttribute("data-outcome-reports");
        assertThat(reports).startsWith("VAADIN/dynamic/resource/");
        assertThat(links.eachAttr("href")).containsExactlyElementsOf(programs.stream()
                .map(p -> reports + "?program=" + p.id()).toList());
        assertThat(links.eachAttr("aria-label")).contains("Download the outcome report of " + program.name());
    }

    @Test
    void anEmployeeAndHrSeeNoExecutiveFigures() {
        data.signIn("mentee");
        navigate(HomeView.class);
        assertThat($(ExecutiveOutcomes.class).all()).isEmpty();
    }
}
