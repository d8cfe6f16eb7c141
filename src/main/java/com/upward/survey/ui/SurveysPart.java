package com.upward.survey.ui;

import com.upward.survey.SurveyModels;
import com.upward.base.ui.Tiles;
import com.upward.program.CohortPage;
import com.upward.survey.SurveyService;
import com.upward.survey.SurveyModels.ResponseRate;
import com.vaadin.flow.component.Component;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Optional;

import static com.upward.base.ui.Translations.tr;

/** What survey adds to the cohort page: response rates on the Overview, once the cohort has surveys. */
@Configuration(proxyBeanMethods = false)
class SurveysPart {

    @Bean
    CohortPage.OverviewSection cohortSurveysSection(SurveyService surveys) {
        return new CohortPage.OverviewSection(30, "survey.cohort-overview.surveys", cohort -> {
            List<ResponseRate> rates = surveys.responseRates(cohort.id());
            // response rates only: HR never sees anyone's answers
            return rates.isEmpty() ? Optional.<Component>empty() : Optional.of(Tiles.of(rates.stream()
                    .map(r -> Tiles.tile(tr("survey.rates.answered-of", r.answered(), r.asked()),
                            tr("survey.rates.answered", tr(SurveyModels.titleKey(r.kind()))))).toList()));
        });
    }
}
