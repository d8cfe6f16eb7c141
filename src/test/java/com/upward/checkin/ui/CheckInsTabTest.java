package com.upward.checkin.ui;

import com.upward.testsupport.CohortPageTabs;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The cohort page's Check-ins tab, which checkin contributes, with the demo active cohort. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class CheckInsTabTest extends CohortPageTabs {

    @Test
    void oneRowOfCountsPerMenteeSortableByEveryColumn() {
        long id = demoCohort("ACTIVE");
        CheckInsTab checkIns = show(openCohortPage(id), "Check-ins");

        assertThat(test(checkIns.grid).size()).isEqualTo(jdbc.queryForObject("select count(*) from enrollment"
                + " where cohort_id = ? and side = 'MENTEE' and status = 'ACCEPTED'", Integer.class, id));
        assertThat(checkIns.grid.getColumns().stream().map(c -> test(checkIns.grid).getHeaderCell(
                checkIns.grid.getColumns().indexOf(c))).toList())
                .containsExactly("Mentee", "Mentor", "On time", "Late", "Overdue", "Upcoming");
        sortEveryColumn(checkIns.grid);
    }
}
