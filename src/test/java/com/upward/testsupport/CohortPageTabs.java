package com.upward.testsupport;

import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.SortDirection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For UI tests of the cohort page, whose tabs come from several features ({@code program.CohortPage}): opens the
 * page of a demo cohort as HR and shows one tab. Subclasses carry {@code @SpringBootTest}, {@code @ViewPackages} and
 * {@code @Transactional}.
 */
public abstract class CohortPageTabs extends SpringBrowserlessTest {

    @Autowired
    protected ProgramTestData data;
    @Autowired
    protected JdbcTemplate jdbc;

    /** The first demo cohort in that status. */
    protected long demoCohort(String status) {
        return jdbc.queryForObject("select min(id) from cohort where status = ?", Long.class, status);
    }

    /** Signs in as HR, opens the cohort's page and returns its tabs. */
    protected TabSheet openCohortPage(long cohortId) {
        data.signIn("hr");
        navigate("cohorts/" + cohortId, Div.class);
        return $(TabSheet.class).single();
    }

    /** Selects the tab, which builds its content, and returns that content. */
    protected <T extends Component> T show(TabSheet tabs, String label) {
        test(tabs).select(label);
        roundTrip();
        return ShownTabs.content(tabs, label);
    }

    /** Sorts by each sortable column in turn: every sort is valid SQL and keeps the rows. */
    protected <T> void sortEveryColumn(Grid<T> grid) {
        for (int i = 0; i < grid.getColumns().size(); i++) {
            if (test(grid).isColumnSortable(i)) {
                test(grid).sortByColumn(i, SortDirection.DESCENDING);
                assertThat(test(grid).size()).as("rows after sorting column %d", i).isPositive();
            }
        }
    }
}
