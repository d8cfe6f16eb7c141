package com.upward.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A pair's score broken down by criterion; the total is normalised to 0–100 by the sum of the weights. */
public record MatchScore(List<CriterionScore> criteria) {

    public MatchScore {
        criteria = List.copyOf(criteria);
    }

    public double total() {
        int weights = criteria.stream().mapToInt(CriterionScore::weight).sum();
        if (weights == 0) {
            return 0;
        }
        return 100.0 * criteria.stream().mapToDouble(c -> c.weight() * c.subScore()).sum() / weights;
    }

    public BigDecimal decimal() {
        return BigDecimal.valueOf(total()).setScale(2, RoundingMode.HALF_UP);
    }

    /** Same shape as the demo data: {"criteria":[{"name":..,"weight":..,"subScore":..,"reason":..}, ...]}. */
    public String json() {
        List<String> items = new ArrayList<>();
        for (CriterionScore c : criteria) {
            items.add(String.format(Locale.ROOT, "{\"name\":%s,\"weight\":%d,\"subScore\":%.2f,\"reason\":%s}",
                    quote(c.criterion().label()), c.weight(), c.subScore(), quote(c.reason())));
        }
        return "{\"criteria\":[" + String.join(",", items) + "]}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
