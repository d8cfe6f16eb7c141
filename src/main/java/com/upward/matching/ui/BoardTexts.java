package com.upward.matching.ui;

import com.upward.matching.internal.MatchingModels.PairSaved;

import java.util.List;

/** The board's messages after pairs are made: a pair that waits for answers says so. */
final class BoardTexts {

    private BoardTexts() {
    }

    static String assigned(PairSaved saved, String mentorName, String menteeName) {
        return saved.proposed()
                ? mentorName + " is proposed as " + menteeName + "'s mentor. The pair starts once both accept."
                : mentorName + " now mentors " + menteeName + ".";
    }

    static String autoMatched(List<PairSaved> saved) {
        // a cohort's pairs either all need acceptance or none does
        if (saved.stream().noneMatch(PairSaved::proposed)) {
            return saved.size() == 1 ? "1 pair is made." : saved.size() + " pairs are made.";
        }
        return (saved.size() == 1 ? "1 pair is proposed." : saved.size() + " pairs are proposed.")
                + " Each starts once its mentor and mentee accept.";
    }
}
