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

/**
 * HR tunes how much each criterion counts for this cohort, how much an even spread of mentees across mentors counts
 * against fit in auto-match, and whether earlier pairs are ruled out.
 */
class WeightsDialog extends Dialog {

    private static final Map<MatchCriterion, String> HELP = Map.of(
            MatchCriterion.FOCUS_AREAS, "How many of the mentee's focus areas the mentor offers as skills.",
            MatchCriterion.CROSS_DEPARTMENT, "Full marks when mentor and mentee work in different departments.",
            MatchCriterion.LEVEL_GAP, "Best when the mentor is 1 to 4 job levels above the mentee.",
            MatchCriterion.SHARED_LANGUAGE, "Whether they share a language.",
            MatchCriterion.TIME_ZONE, "Fewer hours apart score higher: meetings are easier to plan.",
            MatchCriterion.STATED_PREFERENCE, "The mentee's wish: a named mentor, or the same or another location.");

    final Map<MatchCriterion, IntegerField> fields = new EnumMap<>(MatchCriterion.class);
    final IntegerField spread = new IntegerField("Even spread across mentors");
    final Checkbox excludePrevious = new Checkbox("Never pair two people who were already a pair in an earlier cohort");
    final Button save = new Button("Save weights");
    final Button defaults = new Button("Reset to defaults");

    WeightsDialog(MatchingService matching, long cohortId, boolean excludePreviousPairs, int loadSpreadWeight,
                  Runnable onSaved) {
        setHeaderTitle("Matching weights");
        setWidth("min(44rem, 96vw)");
        var intro = new Paragraph("Each criterion gives a pair 0 to 100 points; the weights say how much each one "
                + "counts in the total. A weight of 0 ignores the criterion. Hard rules (never the manager or "
                + "anyone above them, never over capacity) always apply.");
        intro.addClassName("page-intro");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        MatchWeights current = matching.weights(cohortId);
        for (MatchCriterion c : MatchCriterion.values()) {
            var field = weightField(c.label(), HELP.get(c) + " Default " + c.defaultWeight() + ".");
            field.setValue(current.of(c));
            fields.put(c, field);
            form.add(field);
        }
        var spreadHeading = new H4("Auto-match: fit or an even load");
        spreadHeading.getStyle().set("margin-block-start", "1.25rem");
        var spreadIntro = new Paragraph("How much spreading the mentees evenly across the mentors counts against "
                + "fit. Suggestions and pair scores stay pure fit; only auto-match weighs the load.");
        spreadIntro.addClassName("page-intro");
        spread.setMin(0);
        spread.setMax(LoadSpreadWeight.MAX);
        spread.setStepButtonsVisible(true);
        spread.setRequiredIndicatorVisible(true);
        spread.setI18n(WEIGHT_I18N);
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
                Toasts.success("Weights saved; suggestions and auto-match use them from now on.");
                close();
                onSaved.run();
            } catch (BusinessRuleException refusal) {
                Toasts.error(refusal.getMessage());
            }
        });
        getFooter().add(defaults, new Button("Cancel", e -> close()), save);
    }

    private static final IntegerField.IntegerFieldI18n WEIGHT_I18N = new IntegerField.IntegerFieldI18n()
            .setRequiredErrorMessage("Give a weight from 0 to 100.").setMinErrorMessage("The lowest weight is 0.")
            .setMaxErrorMessage("The highest weight is 100.")
            .setBadInputErrorMessage("Give a whole number from 0 to 100.");

    private static IntegerField weightField(String label, String help) {
        var field = new IntegerField(label);
        field.setMin(0);
        field.setMax(MatchWeights.MAX_WEIGHT);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setHelperText(help);
        field.setI18n(WEIGHT_I18N);
        return field;
    }

    private void explainSpread() {
        Integer weight = spread.getValue();
        spread.setHelperText(weight == null || weight < 0 || weight > LoadSpreadWeight.MAX ? "From 0 to 100."
                : LoadSpreadWeight.explain(weight) + " Default " + LoadSpreadWeight.DEFAULT + ".");
    }

    /** False, with the field marked, when it holds no valid weight. */
    private static boolean markIfMissing(IntegerField field) {
        if (field.getValue() == null || field.isInvalid()) {
            field.setErrorMessage("Give a whole number from 0 to 100.");
            field.setInvalid(true);
            return false;
        }
        return true;
    }
}
