package com.upward.program.ui;

import com.upward.base.ui.Formats;
import com.upward.program.Cadence;

import java.time.LocalDate;

/** One wording for the program feature's cadences and date ranges. */
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

    static String range(LocalDate from, LocalDate to) {
        return Formats.date(from) + " – " + Formats.date(to);
    }
}
