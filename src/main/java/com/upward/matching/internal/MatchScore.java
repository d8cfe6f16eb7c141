package com.upward.matching.internal;

import com.upward.base.i18n.Text;
import tools.jackson.databind.JsonNode;
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
                            reason(item)));
                }
            }
        }
        return new MatchScore(criteria);
    }

    /**
     * The reason's key and arguments, written in the reader's language; a score stored before reasons had keys
     * (issue 25) keeps its English sentence.
     */
    private static Text reason(JsonNode item) {
        if (!item.has("reasonKey")) {
            return Text.of("matching.reason.recorded", item.path("reason").asString());
        }
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : item.path("reasonArgs")) {
            args.add(arg.isNumber() ? arg.numberValue() : arg.asString());
        }
        return new Text(item.path("reasonKey").asString(), args.toArray());
    }

    /**
     * {"criteria":[{"name":..,"weight":..,"subScore":..,"reason":..,"reasonKey":..,"reasonArgs":[..]}, ...]}: the
     * reason in English for anyone reading the database, and its key and arguments for the screens.
     */
    public String json() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CriterionScore c : criteria) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", c.criterion().label());
            item.put("weight", c.weight());
            item.put("subScore", BigDecimal.valueOf(c.subScore()).setScale(2, RoundingMode.HALF_UP));
            item.put("reason", c.reason().english());
            item.put("reasonKey", c.reason().key());
            item.put("reasonArgs", c.reason().args());
            items.add(item);
        }
        return JSON.writeValueAsString(Map.of("criteria", items));
    }
}
