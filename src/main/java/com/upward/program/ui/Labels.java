package com.upward.program.ui;

import com.upward.base.ui.Formats;
import com.upward.program.Cadence;
import com.upward.program.CohortForm;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.LocalDate;

/** One wording for the program feature's cadences, date ranges and the mentees-per-mentor field. */
final class Labels {

    private Labels() {
    }

    static String cadence(Cadence cadence) {
        return switch (cadence) {
            case WEEKLY -> "Weekly";
            case BIWEEKLY -> "Every 2 weeks";
            case MONTHLY -> "Monthly";
        };
    }

    static final String MAX_MENTEES = "Enter a number from 1 to " + CohortForm.MAX_MENTEES_LIMIT + ".";

    /** Also for text that is no number at all, which the browser reports as bad input. */
    static IntegerField.IntegerFieldI18n maxMenteesI18n() {
        return new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(MAX_MENTEES).setMinErrorMessage(MAX_MENTEES)
                .setMaxErrorMessage(MAX_MENTEES).setRequiredErrorMessage(MAX_MENTEES);
    }

    static String range(LocalDate from, LocalDate to) {
        return Formats.date(from) + " – " + Formats.date(to);
    }
}
