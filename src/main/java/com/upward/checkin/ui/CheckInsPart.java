package com.upward.checkin.ui;

import com.upward.base.ui.Tiles;
import com.upward.checkin.internal.CheckInFigures;
import com.upward.checkin.internal.CohortCheckInsService;
import com.upward.program.CohortPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

import static com.upward.base.ui.Translations.tr;

/** What checkin adds to the cohort page: a tab of counts per mentee, and the cohort's figures on the Overview. */
@Configuration(proxyBeanMethods = false)
class CheckInsPart {

    @Bean
    CohortPage.Tab cohortCheckInsTab(CohortCheckInsService checkIns) {
        return new CohortPage.Tab(20, "checkin.cohort-tab.check-ins", cohort -> new CheckInsTab(checkIns, cohort.id()));
    }

    @Bean
    CohortPage.OverviewSection cohortCheckInsSection(CohortCheckInsService checkIns) {
        return new CohortPage.OverviewSection(10, "checkin.cohort-overview.check-ins", cohort -> {
            CheckInFigures figures = checkIns.figures(cohort.id());
            return Optional.of(Tiles.of(
                    Tiles.tile(figures.submitted(), tr("checkin.cohort.submitted")),
                    Tiles.tile(figures.due(), tr("checkin.cohort.due")),
                    Tiles.tile(figures.overdue(), tr("checkin.cohort.overdue"))));
        });
    }
}
