package com.upward.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.upward.testsupport.PagedTableTester;
import com.upward.testsupport.RenderedUi;
import com.upward.program.ProgramTestData;
import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.DashboardFigures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** HR's home: the at-risk pairs of the reporting service, a nudge that reaches both people once a day. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class PairsNeedingAttentionTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    DashboardFigures figures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    @Test
    void hrSeesTheAtRiskPairsAndNudgesOneOncePerDay() {
        data.signIn("hr");
        List<AtRiskPair> expected = figures.hr().atRisk();
        assertThat(expected).isNotEmpty();
        navigate(HomeView.class);
        PairsNeedingAttention section = $(PairsNeedingAttention.class).single();
        var table = new PagedTableTester<>(section.atRisk);
        assertThat(section.atRisk.total()).isEqualTo(expected.size());
        AtRiskPair first = table.shownRows().getFirst();
        assertThat(expected.getFirst()).isEqualTo(first);

        assertThat(section.atRisk.page().get("rows").get(0).get("actionLabels").get(1).asString())
                .isEqualTo("Nudge " + first.menteeName() + " and " + first.mentorName());
        table.act("row:nudge", String.valueOf(first.assignmentId()));
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from notification where type = 'PAIR_NUDGE'"
                + " and dedup_key like ?", Integer.class, "nudge:" + first.assignmentId() + ":%")).isEqualTo(2);
        table.act("row:nudge", String.valueOf(first.assignmentId()));
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from notification where type = 'PAIR_NUDGE'"
                + " and dedup_key like ?", Integer.class, "nudge:" + first.assignmentId() + ":%")).isEqualTo(2);

        assertThat(RenderedUi.select(UI.getCurrent(), ".tile").eachAttr("aria-label"))
                .anyMatch(label -> label.startsWith("Check-in completion: "))
                .anyMatch(label -> label.startsWith("At-risk pairs: "));
    }

    @Test
    void sortingByAColumnListsThePairsAgainInThatOrderAndOpenGoesToThePair() {
        data.signIn("hr");
        navigate(HomeView.class);
        PairsNeedingAttention section = $(PairsNeedingAttention.class).single();
        var table = new PagedTableTester<>(section.atRisk);
        table.clickHeader("MENTEE");
        table.clickHeader("MENTEE");
        List<String> mentees = table.allRows().stream().map(AtRiskPair::menteeName).toList();
        assertThat(mentees).hasSize((int) section.atRisk.total())
                .isEqualTo(figures.atRiskPairs(figures.atRiskPairIds(
                        com.upward.reporting.AtRiskPairs.Order.MENTEE, true)).stream()
                        .map(AtRiskPair::menteeName).toList());

        AtRiskPair first = table.shownRows().getFirst();
        table.act("row:open", String.valueOf(first.assignmentId()));
        var opened = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(opened.getPath()).isEqualTo("cohorts/" + first.cohortId() + "/matching");
        assertThat(opened.getQueryParameters().getParameters()).isEqualTo(java.util.Map.of(
                "pair", List.of(String.valueOf(first.assignmentId()))));
    }

    /** Issue 24: "Rematch" opened the cohort's board, not the pair; now the board opens on it, dialog open. */
    @Test
    void rematchOpensTheBoardOnThatPair() {
        data.signIn("hr");
        navigate(HomeView.class);
        var table = new PagedTableTester<>($(PairsNeedingAttention.class).single().atRisk);
        AtRiskPair first = table.shownRows().getFirst();
        table.act("row:rematch", String.valueOf(first.assignmentId()));
        var opened = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(opened.getPath()).isEqualTo("cohorts/" + first.cohortId() + "/matching");
        assertThat(opened.getQueryParameters().getParameters()).isEqualTo(java.util.Map.of(
                "pair", List.of(String.valueOf(first.assignmentId())), "change", List.of("rematch")));
    }

    @Test
    void anEmployeeSeesNoPairsOfOthers() {
        data.signIn("mentee");
        navigate(HomeView.class);
        assertThat($(PairsNeedingAttention.class).all()).isEmpty();
    }
}
