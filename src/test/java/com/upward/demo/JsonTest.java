package com.upward.demo;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's snapshots keep the shape the app writes and reads: ISO dates, plain numbers, escaped text. */
class JsonTest {

    @Test
    void snapshotValuesAreWrittenAsTheAppWritesThem() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("meetingHeld", true);
        fields.put("meetingOn", LocalDate.of(2028, 2, 29));
        fields.put("meetingMinutes", 45);
        fields.put("subScore", new BigDecimal("0.50"));
        fields.put("wins", "Said \"no\" twice\n\tand meant it \\ mostly\u0001");
        fields.put("supportNeeded", null);

        assertThat(Json.write(fields)).isEqualTo("{\"meetingHeld\":true,\"meetingOn\":\"2028-02-29\",\"meetingMinutes\":45,"
                + "\"subScore\":0.50,\"wins\":\"Said \\\"no\\\" twice\\n\\tand meant it \\\\ mostly\\u0001\","
                + "\"supportNeeded\":null}");
    }
}
