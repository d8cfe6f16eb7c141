package com.upward.security.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Prometheus token check: only the exact configured token, and nothing at all without one. */
class MetricsScrapeTokenTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void onlyTheConfiguredBearerTokenMatches() {
        var check = new MetricsScrapeToken(TOKEN);
        assertThat(check.matches("Bearer " + TOKEN)).isTrue();
        assertThat(check.matches("bearer " + TOKEN)).isTrue();
        assertThat(check.matches("Bearer " + TOKEN.substring(1))).isFalse();
        assertThat(check.matches("Bearer " + TOKEN + "0")).isFalse();
        assertThat(check.matches(TOKEN)).isFalse();
        assertThat(check.matches("Basic " + TOKEN)).isFalse();
        assertThat(check.matches(null)).isFalse();
    }

    @Test
    void withoutAConfiguredTokenTheEndpointIsRefusedToEveryToken() {
        for (String configured : new String[] {null, "", "   "}) {
            var check = new MetricsScrapeToken(configured);
            assertThat(check.matches("Bearer ")).isFalse();
            assertThat(check.matches("Bearer " + configured)).isFalse();
            assertThat(check.matches("Bearer null")).isFalse();
        }
    }

    @Test
    void aShortTokenStopsTheStartWithAHowTo() {
        assertThatThrownBy(() -> new MetricsScrapeToken("secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 characters").hasMessageContaining("openssl rand -hex 32");
    }
}
