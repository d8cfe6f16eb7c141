package com.upward.goals.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.Texts;
import com.upward.goals.GoalModels;
import com.upward.goals.GoalModels.GoalForm;
import com.upward.program.Cohort;

/** The goal form's rules; each refusal names the field it concerns. */
public final class GoalRules {

    private GoalRules() {
    }

    /** The form with its texts trimmed (blank → null), or a refusal for the first field that is wrong. */
    public static GoalForm check(GoalForm form, Cohort cohort) {
        if (form.type() == null) {
            throw new BusinessRuleException("type", "goals.rule.type-missing");
        }
        String title = Texts.checkedLine(form.title(), "title", true);
        if (title.length() > GoalModels.TITLE_LIMIT) {
            throw new BusinessRuleException("title", "goals.rule.title-too-long", GoalModels.TITLE_LIMIT);
        }
        if (form.targetDate() == null) {
            throw new BusinessRuleException("targetDate", "goals.rule.target-date-missing");
        }
        if (form.targetDate().isBefore(cohort.getStartsOn()) || form.targetDate().isAfter(cohort.getEndsOn())) {
            throw new BusinessRuleException("targetDate", "goals.rule.target-date-outside", cohort.getStartsOn(),
                    cohort.getEndsOn());
        }
        return new GoalForm(form.type(), title, text(form.whyItMatters(), "whyItMatters", false),
                text(form.successCriteria(), "successCriteria", false), form.targetDate());
    }

    public static String milestoneTitle(String title) {
        String text = Texts.checkedLine(title, "milestone", true);
        if (text.length() > GoalModels.TITLE_LIMIT) {
            throw new BusinessRuleException("milestone", "goals.rule.milestone-too-long", GoalModels.TITLE_LIMIT);
        }
        return text;
    }

    public static String text(String value, String field, boolean required) {
        return Texts.checked(value, field, required);
    }
}
