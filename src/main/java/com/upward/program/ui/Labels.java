package com.upward.program.ui;

import com.upward.base.ui.Formats;
import com.upward.program.Cadence;
import com.upward.program.CohortForm;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.LocalDate;

import static com.upward.base.ui.Translations.tr;

/** One wording for the program feature's cadences, date ranges and the mentees-per-mentor field. */
final class Labels {

    private Labels() {
    }

    /** The cadence on its own, as a choice or in a column ("Every 2 weeks"). */
    static String cadence(Cadence cadence) {
        return tr("program.cadence." + cadence.name());
    }

    /** The cadence inside a sentence ("check-ins every 2 weeks"). */
    static String cadenceInText(Cadence cadence) {
        return tr("program.cadence-in-text." + cadence.name());
    }

    static String maxMentees() {
        return tr("program.form.max-mentees", CohortForm.MAX_MENTEES_LIMIT);
    }

    /** Also for text that is no number at all, which the browser reports as bad input. */
    static IntegerField.IntegerFieldI18n maxMenteesI18n() {
        String message = maxMentees();
        return new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(message).setMinErrorMessage(message)
                .setMaxErrorMessage(message).setRequiredErrorMessage(message);
    }

    /** "Use at most 150 characters." */
    static String maxLength(int max) {
        return tr("program.form.max-length", max);
    }

    static String range(LocalDate from, LocalDate to) {
        return Formats.date(from) + " – " + Formats.date(to);
    }
}
