package com.upward.matching.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Toasts;
import com.upward.matching.internal.LoadSpreadWeight;
import com.upward.matching.internal.MatchCriterion;
import com.upward.matching.internal.MatchWeights;
import com.upward.matching.internal.MatchingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.EnumMap;
import java.util.Map;

import static com.upward.base.ui.Translations.tr;

/**
 * HR tunes how much each criterion counts for this cohort, how much an even spread of mentees across mentors counts
 * against fit in auto-match, and whether earlier pairs are ruled out.
 */
class WeightsDialog extends Dialog {

    final Map<MatchCriterion, IntegerField> fields = new EnumMap<>(MatchCriterion.class);
    final IntegerField spread = new IntegerField(tr("matching.weights.spread"));
    final Checkbox excludePrevious = new Checkbox(tr("matching.weights.exclude-previous"));
    final Button save = new Button(tr("matching.weights.save"));
    final Button defaults = new Button(tr("matching.weights.defaults"));

    WeightsDialog(MatchingService matching, long cohortId, boolean excludePreviousPairs, int loadSpreadWeight,
                  Runnable onSaved) {
        setHeaderTitle(tr("matching.weights.title"));
        setWidth("min(44rem, 96vw)");
        var intro = new Paragraph(tr("matching.weights.intro"));
        intro.addClassName("page-intro");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        MatchWeights current = matching.weights(cohortId);
        for (MatchCriterion c : MatchCriterion.values()) {
            var field = weightField(tr("matching.criterion." + c.name()),
                    tr("matching.weights.help." + c.name(), c.defaultWeight()));
            field.setValue(current.of(c));
            fields.put(c, field);
            form.add(field);
        }
        var spreadHeading = new H4(tr("matching.weights.spread.heading"));
        spreadHeading.getStyle().set("margin-block-start", "1.25rem");
        var spreadIntro = new Paragraph(tr("matching.weights.spread.intro"));
        spreadIntro.addClassName("page-intro");
        spread.setMin(0);
        spread.setMax(LoadSpreadWeight.MAX);
        spread.setStepButtonsVisible(true);
        spread.setRequiredIndicatorVisible(true);
        spread.setI18n(weightI18n());
        spread.setValue(loadSpreadWeight);
        spread.setWidth("min(20rem, 100%)");
        spread.addValueChangeListener(e -> explainSpread());
        explainSpread();
        excludePrevious.setValue(excludePreviousPairs);
        excludePrevious.addClassName("weights-exclude");
        add(intro, form, spreadHeading, spreadIntro, spread, excludePrevious);

        defaults.addThemeVariants(ButtonVariant.TERTIARY);
        defaults.addClickListener(e -> {
            fields.forEach((c, f) -> f.setValue(c.defaultWeight()));
            spread.setValue(LoadSpreadWeight.DEFAULT);
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            Map<MatchCriterion, Integer> weights = new EnumMap<>(MatchCriterion.class);
            boolean valid = markIfMissing(spread);
            for (var entry : fields.entrySet()) {
                if (markIfMissing(entry.getValue())) {
                    weights.put(entry.getKey(), entry.getValue().getValue());
                } else {
                    valid = false;
                }
            }
            if (!valid) {
                return;
            }
            try {
                matching.saveSettings(cohortId, weights, excludePrevious.getValue(), spread.getValue());
                Toasts.success(tr("matching.weights.saved"));
                close();
                onSaved.run();
            } catch (BusinessRuleException refusal) {
                Toasts.error(tr(refusal.text()));
            }
        });
        getFooter().add(defaults, new Button(tr("matching.dialog.cancel"), e -> close()), save);
    }

    /** The field's own messages, in the reader's language. */
    private static IntegerField.IntegerFieldI18n weightI18n() {
        return new IntegerField.IntegerFieldI18n()
                .setRequiredErrorMessage(tr("matching.weights.error.required"))
                .setMinErrorMessage(tr("matching.weights.error.min"))
                .setMaxErrorMessage(tr("matching.weights.error.max"))
                .setBadInputErrorMessage(tr("matching.weights.error.whole-number"));
    }

    private static IntegerField weightField(String label, String help) {
        var field = new IntegerField(label);
        field.setMin(0);
        field.setMax(MatchWeights.MAX_WEIGHT);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setHelperText(help);
        field.setI18n(weightI18n());
        return field;
    }

    private void explainSpread() {
        Integer weight = spread.getValue();
        spread.setHelperText(weight == null || weight < 0 || weight > LoadSpreadWeight.MAX
                ? tr("matching.weights.spread.range")
                : tr("matching.weights.spread.help", LoadSpreadWeight.explain(weight), LoadSpreadWeight.DEFAULT));
    }

    /** False, with the field marked, when it holds no valid weight. */
    private static boolean markIfMissing(IntegerField field) {
        if (field.getValue() == null || field.isInvalid()) {
            field.setErrorMessage(tr("matching.weights.error.whole-number"));
            field.setInvalid(true);
            return false;
        }
        return true;
    }
}
