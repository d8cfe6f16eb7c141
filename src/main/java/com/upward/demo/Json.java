package com.upward.demo;

import tools.jackson.databind.json.JsonMapper;

/** The demo's JSON (score explanations, check-in snapshots), written by Jackson as the app writes its own. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
