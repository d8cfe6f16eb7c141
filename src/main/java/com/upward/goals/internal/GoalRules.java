package com.upward.goals.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.Texts;
import com.upward.base.ui.Formats;
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
            throw new BusinessRuleException("type", "Pick a type: learning or outcome.");
        }
        String title = Texts.checkedLine(form.title(), "title", true);
        if (title.length() > GoalModels.TITLE_LIMIT) {
            throw new BusinessRuleException("title", "Keep the title under " + GoalModels.TITLE_LIMIT + " characters.");
        }
        if (form.targetDate() == null) {
            throw new BusinessRuleException("targetDate", "Give a target date: when will you know?");
        }
        if (form.targetDate().isBefore(cohort.getStartsOn()) || form.targetDate().isAfter(cohort.getEndsOn())) {
            throw new BusinessRuleException("targetDate", "Pick a date while the cohort runs, between "
                    + Formats.date(cohort.getStartsOn()) + " and " + Formats.date(cohort.getEndsOn()) + ".");
        }
        return new GoalForm(form.type(), title, text(form.whyItMatters(), "whyItMatters", false),
                text(form.successCriteria(), "successCriteria", false), form.targetDate());
    }

    public static String milestoneTitle(String title) {
        String text = Texts.checkedLine(title, "milestone", true);
        if (text.length() > GoalModels.TITLE_LIMIT) {
            throw new BusinessRuleException("milestone", "Keep a milestone under " + GoalModels.TITLE_LIMIT
                    + " characters.");
        }
        return text;
    }

    public static String text(String value, String field, boolean required) {
        return Texts.checked(value, field, required);
    }
}
