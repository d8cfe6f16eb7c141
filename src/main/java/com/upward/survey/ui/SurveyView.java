package com.upward.survey.ui;

import com.upward.survey.SurveyModels;
import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Formats;
import com.upward.base.ui.RouteIds;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.base.Role;
import com.upward.survey.SurveyService;
import com.upward.survey.SurveyModels.Question;
import com.upward.survey.SurveyModels.SurveyForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static com.upward.base.ui.Translations.tr;

/**
 * One survey, one scale per question; answered once, changeable while the survey is open. A survey that is not open
 * shows its questions read-only, with the person's answers if any, and one sentence saying since when it is closed
 * or from when it opens.
 */
@Route("surveys/:surveyId")
@RolesAllowed(Role.Names.EMPLOYEE)
class SurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Map<Long, RadioButtonGroup<Integer>> scales = new LinkedHashMap<>();
    final Button save = new Button(tr("survey.view.send"));
    /** Why the survey takes no answers today; shown only then. */
    final Paragraph notOpen = new Paragraph();

    private final SurveyService surveys;
    private SurveyForm form;

    SurveyView(SurveyService surveys) {
        this.surveys = surveys;
        addClassNames("page", "survey-page");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> send());
        notOpen.addClassName("survey-not-open");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form = RouteIds.load(event, "surveyId", surveys::form);
        removeAll();
        scales.clear();
        add(new Anchor("checkins", tr("survey.view.back")));
        if (form == null) {
            add(new H2(tr("survey.view.not-found")), Tiles.emptyState(tr("survey.view.not-found-text")));
            return;
        }
        add(new H2(tr(SurveyModels.titleKey(form.kind()))));
        var intro = new Paragraph(form.editable() && form.closesOn() != null
                ? tr("survey.view.intro-open-until", form.cohortName(), Formats.date(form.closesOn()))
                : tr("survey.view.intro", form.cohortName()));
        intro.addClassName("page-intro");
        add(intro);
        if (!form.editable()) {
            notOpen.setText(tr(form.notOpenReason()));
            add(notOpen);
        }
        for (Question q : form.questions()) {
            var scale = new RadioButtonGroup<Integer>(tr("survey.question." + q.code()));
            scale.setItems(IntStream.rangeClosed(q.scaleMin(), q.scaleMax()).boxed().toList());
            scale.addThemeVariants(RadioGroupVariant.AURA_HORIZONTAL);
            scale.setRequiredIndicatorVisible(true);
            scale.setHelperText(q.scaleMax() == 10 ? tr("survey.view.scale-likely") : tr("survey.view.scale-agree"));
            scale.setValue(form.answers().get(q.id()));
            scale.setReadOnly(!form.editable());
            scale.addValueChangeListener(e -> scale.setInvalid(false));
            scales.put(q.id(), scale);
            add(scale);
        }
        save.setText(form.answers().isEmpty() ? tr("survey.view.send") : tr("survey.view.change"));
        save.setVisible(form.editable());
        add(save);
    }

    @Override
    public String getPageTitle() {
        return tr("survey.view.title");
    }

    private void send() {
        Map<Long, Integer> answers = new HashMap<>();
        scales.forEach((id, scale) -> {
            if (scale.getValue() != null) {
                answers.put(id, scale.getValue());
            }
        });
        try {
            surveys.answer(form.surveyId(), answers);
            Toasts.success(tr("survey.view.saved"));
            getUI().ifPresent(ui -> ui.navigate("checkins"));
        } catch (BusinessRuleException refusal) {
            var scale = refusal.getField() == null ? null : scales.get(Long.valueOf(refusal.getField().substring(1)));
            if (scale == null) {
                Toasts.error(tr(refusal.text()));
            } else {
                scale.setErrorMessage(tr(refusal.text()));
                scale.setInvalid(true);
            }
        }
    }
}
