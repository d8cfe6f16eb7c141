package com.upward.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Just enough JSON writing for score explanations and check-in snapshots. */
final class Json {

    private Json() {
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An object of string, number, boolean or null values, in the map's order. */
    static String object(Map<String, ?> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((key, value) -> parts.add(quote(key) + ":" + value(value)));
        return "{" + String.join(",", parts) + "}";
    }

    private static String value(Object value) {
        return value == null ? "null"
                : value instanceof Number || value instanceof Boolean ? value.toString()
                : quote(value.toString());
    }
}
