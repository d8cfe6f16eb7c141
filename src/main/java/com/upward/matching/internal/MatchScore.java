package com.upward.matching.internal;

import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** A pair's score broken down by criterion; the total is normalised to 0–100 by the sum of the weights. */
public record MatchScore(List<CriterionScore> criteria) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /** Reads back what {@link #json()} wrote; criteria it does not know are left out. */
    static MatchScore fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new MatchScore(List.of());
        }
        List<CriterionScore> criteria = new ArrayList<>();
        for (var item : JSON.readTree(json).path("criteria")) {
            String label = item.path("name").asString();
            for (MatchCriterion c : MatchCriterion.values()) {
                if (c.label().equals(label)) {
                    criteria.add(new CriterionScore(c, item.path("weight").asInt(), item.path("subScore").asDouble(),
                            item.path("reason").asString()));
                }
            }
        }
        return new MatchScore(criteria);
    }

    /** Same shape as the demo data: {"criteria":[{"name":..,"weight":..,"subScore":..,"reason":..}, ...]}. */
    public String json() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CriterionScore c : criteria) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", c.criterion().label());
            item.put("weight", c.weight());
            item.put("subScore", BigDecimal.valueOf(c.subScore()).setScale(2, RoundingMode.HALF_UP));
            item.put("reason", c.reason());
            items.add(item);
        }
        return JSON.writeValueAsString(Map.of("criteria", items));
    }
}
