package com.upward.directory.internal;

import java.util.List;

/** An import problem as the English reader reads it, to compare with what a test expects. */
record SaidProblem(int row, String column, String reason) {

    static List<SaidProblem> of(List<ImportProblem> problems) {
        return problems.stream().map(p -> new SaidProblem(p.row(), p.column(), p.reason().english())).toList();
    }

    static SaidProblem ofFile(String reason) {
        return new SaidProblem(0, "", reason);
    }
}
