package com.upward.base.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Formatting rules: the reader's language, English as fallback, ICU plurals, apostrophes and the pseudo-locale. */
class MessagesTest {

    private final Messages messages = new Messages(Map.of(
            "en", Map.of("t", Map.of(
                    "goals", "{0, plural, one {# goal} other {# goals}}",
                    "apostrophe", "Don't lose it: {0}",
                    "only-english", "Only in English")),
            "de", Map.of("t", Map.of(
                    "goals", "{0, plural, one {# Ziel} other {# Ziele}}",
                    "apostrophe", "Nicht verlieren: {0}"))));

    @AfterEach
    void pseudoLocaleOff() {
        Messages.enablePseudoLocale(false);
    }

    @Test
    void pluralsFollowTheLanguage() {
        assertThat(messages.format(Locale.ENGLISH, "goals", 1)).isEqualTo("1 goal");
        assertThat(messages.format(Locale.UK, "goals", 3)).isEqualTo("3 goals");
        assertThat(messages.format(Locale.GERMANY, "goals", 1)).isEqualTo("1 Ziel");
        assertThat(messages.format(Locale.GERMAN, "goals", 1200)).isEqualTo("1.200 Ziele");
    }

    @Test
    void aLoneApostropheStaysAndArgumentsAreFilledIn() {
        assertThat(messages.format(Locale.ENGLISH, "apostrophe", "the key")).isEqualTo("Don't lose it: the key");
    }

    @Test
    void aLanguageUpwardDoesNotSpeakOrAMissingTextFallsBackToEnglish() {
        assertThat(messages.format(Locale.JAPANESE, "goals", 2)).isEqualTo("2 goals");
        assertThat(messages.format(Locale.GERMAN, "only-english")).isEqualTo("Only in English");
        assertThat(messages.format(Locale.GERMAN, "no-such-key")).isEqualTo("!no-such-key!");
    }

    @Test
    void thePseudoLocaleMarksEveryTextOnlyWhenSwitchedOn() {
        assertThat(messages.format(Messages.PSEUDO, "goals", 2)).isEqualTo("2 goals");
        Messages.enablePseudoLocale(true);
        assertThat(messages.format(Messages.PSEUDO, "goals", 2)).isEqualTo("⟦2 goals⟧");
        assertThat(messages.format(Locale.ENGLISH, "goals", 2)).isEqualTo("2 goals");
    }
}
