package com.upward.matching.ui;

import com.upward.testsupport.CohortPageTabs;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The cohort page's Pairs tab, which matching contributes, with the demo active cohort. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class PairsTabTest extends CohortPageTabs {

    @Test
    void listsEveryPairOfTheCohortSortableByEveryColumn() {
        long id = demoCohort("ACTIVE");
        PairsTab pairs = show(openCohortPage(id), "Pairs");

        assertThat(test(pairs.grid).size()).isEqualTo(jdbc.queryForObject(
                "select count(*) from mentor_assignment where cohort_id = ?", Integer.class, id)).isPositive();
        assertThat(pairs.grid.getAriaLabel()).contains("Pairs");
        sortEveryColumn(pairs.grid);
    }
}
