package com.upward.matching.ui;

import com.upward.matching.internal.PairListService;
import com.upward.program.CohortPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What matching adds to the cohort page: the Pairs tab. */
@Configuration(proxyBeanMethods = false)
class PairsPart {

    @Bean
    CohortPage.Tab cohortPairsTab(PairListService pairs) {
        return new CohortPage.Tab(10, "matching.cohort-tab.pairs", cohort -> new PairsTab(pairs, cohort.id()));
    }
}
