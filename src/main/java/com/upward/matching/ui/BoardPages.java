package com.upward.matching.ui;

/** The size of a page of the board's tables. */
final class BoardPages {

    /** Rows a page of the mentees and the mentors: the two tables stand beside the suggestions. */
    static final int ROWS = 12;

    private BoardPages() {
    }
}
