package com.upward.goals.ui;

import com.upward.testsupport.CohortPageTabs;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The cohort page's Goals tab, which goals contributes, with the demo active cohort. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class GoalsTabTest extends CohortPageTabs {

    @Test
    void listsEveryMenteesGoalsSortableByEveryColumn() {
        long id = demoCohort("ACTIVE");
        GoalsTab goals = show(openCohortPage(id), "Goals");

        int goalsInCohort = jdbc.queryForObject("select count(*) from goal g join enrollment e"
                + " on e.id = g.enrollment_id where e.cohort_id = ?", Integer.class, id);
        assertThat(test(goals.grid).size()).isEqualTo(goalsInCohort).isPositive();
        sortEveryColumn(goals.grid);
    }
}
