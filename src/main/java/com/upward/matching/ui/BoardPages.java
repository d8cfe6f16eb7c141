package com.upward.matching.ui;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A page of a board table as the board's service reads it: page-aligned, sorted by the column's key. */
final class BoardPages {

    /** Rows a page of the mentees and the mentors: the two tables stand beside the suggestions. */
    static final int ROWS = 12;

    private BoardPages() {
    }

    static Pageable of(int offset, int limit, String sortKey, boolean descending) {
        return PageRequest.of(offset / limit, limit, Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC,
                sortKey));
    }
}
