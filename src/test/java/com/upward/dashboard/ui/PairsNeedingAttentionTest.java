package com.upward.dashboard.ui;

import com.vaadin.flow.component.UI;
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
        var grid = test(section.atRisk);
        assertThat(grid.size()).isEqualTo(expected.size());
        AtRiskPair first = grid.getRow(0);
        assertThat(expected).contains(first);

        assertThat(grid.getLitRendererPropertyValue(0, 4, "nudgeLabel", String.class))
                .isEqualTo("Nudge " + first.menteeName() + " and " + first.mentorName());
        grid.invokeLitRendererFunction(0, 4, "nudge");
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from notification where type = 'PAIR_NUDGE'"
                + " and dedup_key like ?", Integer.class, "nudge:" + first.assignmentId() + ":%")).isEqualTo(2);
        grid.invokeLitRendererFunction(0, 4, "nudge");
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from notification where type = 'PAIR_NUDGE'"
                + " and dedup_key like ?", Integer.class, "nudge:" + first.assignmentId() + ":%")).isEqualTo(2);

        assertThat(RenderedUi.select(UI.getCurrent(), ".tile").eachAttr("aria-label"))
                .anyMatch(label -> label.startsWith("Check-in completion: "))
                .anyMatch(label -> label.startsWith("At-risk pairs: "));
    }

    @Test
    void anEmployeeSeesNoPairsOfOthers() {
        data.signIn("mentee");
        navigate(HomeView.class);
        assertThat($(PairsNeedingAttention.class).all()).isEmpty();
    }
}
