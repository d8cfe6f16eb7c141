package com.upward.matching.ui;

import com.upward.matching.internal.MatchingModels.PairSaved;

import java.util.List;

import static com.upward.base.ui.Translations.tr;

/** The board's messages after pairs are made: a pair that waits for answers says so. */
final class BoardTexts {

    private BoardTexts() {
    }

    static String assigned(PairSaved saved, String mentorName, String menteeName) {
        return saved.proposed()
                ? tr("matching.board.assigned.proposed", mentorName, menteeName)
                : tr("matching.board.assigned", mentorName, menteeName);
    }

    static String autoMatched(List<PairSaved> saved) {
        // a cohort's pairs either all need acceptance or none does
        if (saved.stream().noneMatch(PairSaved::proposed)) {
            return tr("matching.board.auto-matched", saved.size());
        }
        return tr("matching.board.auto-matched.proposed", saved.size());
    }
}
