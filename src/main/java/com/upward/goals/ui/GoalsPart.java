package com.upward.goals.ui;

import com.upward.base.ui.Tiles;
import com.upward.goals.internal.CohortGoalsService;
import com.upward.goals.GoalStatus;
import com.upward.program.CohortDetails;
import com.upward.program.CohortPage;
import com.vaadin.flow.component.Component;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.upward.base.ui.Translations.tr;

/** What goals adds to the cohort page: a tab of every mentee's goals, and goals per status on the Overview. */
@Configuration(proxyBeanMethods = false)
class GoalsPart {

    @Bean
    CohortPage.Tab cohortGoalsTab(CohortGoalsService goals) {
        return new CohortPage.Tab(30, "goals.cohort-tab.goals", cohort -> new GoalsTab(goals, cohort.id()));
    }

    @Bean
    CohortPage.OverviewSection cohortGoalsSection(CohortGoalsService goals) {
        return new CohortPage.OverviewSection(20, "goals.cohort-overview.goals",
                cohort -> Optional.of(figures(goals.countByStatus(cohort.id()), cohort)));
    }

    /** Every status, zeros too, once there are goals; before, what comes next. */
    private static Component figures(Map<GoalStatus, Long> counts, CohortDetails cohort) {
        if (counts.isEmpty()) {
            return Tiles.emptyState(switch (cohort.status()) {
                case DRAFT, ENROLLING -> tr("goals.cohort.not-started");
                default -> tr("goals.cohort.no-goals");
            });
        }
        List<Tiles.Tile> tiles = new ArrayList<>();
        for (GoalStatus status : GoalStatus.values()) {
            tiles.add(Tiles.tile(counts.getOrDefault(status, 0L), tr("goals.status." + status.name())));
        }
        return Tiles.of(tiles);
    }
}
