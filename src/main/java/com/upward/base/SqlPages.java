package com.upward.base;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ORDER BY and LIMIT for hand-written SQL behind lazy grids. Sort properties come from the browser, so only names in
 * the whitelist are accepted; each maps to a fixed SQL expression.
 */
public final class SqlPages {

    private SqlPages() {
    }

    /**
     * @param sortable  grid sort property → SQL expression
     * @param tiebreak  appended last, so that pages never overlap (e.g. the primary key)
     */
    public static String orderAndLimit(Pageable pageable, Map<String, String> sortable, String defaultOrder,
                                       String tiebreak) {
        List<String> terms = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            String column = sortable.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Unknown sort property: " + order.getProperty());
            }
            terms.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        if (terms.isEmpty()) {
            terms.add(defaultOrder);
        }
        terms.add(tiebreak);
        String sql = " order by " + String.join(", ", terms);
        return pageable.isPaged()
                ? sql + " limit " + pageable.getPageSize() + " offset " + pageable.getOffset()
                : sql;
    }

    /** A lower-case LIKE pattern (use with {@code escape '!'}) matching the text anywhere, wildcards taken literally. */
    public static String containing(String text) {
        return "%" + likeText(text) + "%";
    }

    /**
     * Lower-case search text for {@code like concat('%', :text, '%') escape '!'}: the % and _ a person types are
     * taken literally (without the escape, "%" found everything); "" for no search.
     */
    public static String likeText(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
