package com.upward.base.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Formatting rules: the reader's language, English as fallback, ICU plurals, apostrophes and the pseudo-locale. */
class MessagesTest {

    private final Messages messages = new Messages(Map.of(
            "en", Map.of("t", Map.of(
                    "goals", "{0, plural, one {# goal} other {# goals}}",
                    "apostrophe", "Don't lose it: {0}",
                    "plain", "Don't stop",
                    "only-english", "Only in English")),
            "de", Map.of("t", Map.of(
                    "goals", "{0, plural, one {# Ziel} other {# Ziele}}",
                    "apostrophe", "Nicht verlieren: {0}",
                    "plain", "Nicht aufhören"))));

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
    void asAResourceBundleForReportTemplatesItGivesTheLanguagesTextsAndLacksUnknownKeys() {
        ResourceBundle german = new MessagesResourceBundle(messages, Locale.GERMAN);
        assertThat(german.getString("plain")).isEqualTo("Nicht aufhören");
        assertThat(german.getString("only-english")).isEqualTo("Only in English");
        assertThat(german.getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(german.keySet()).contains("plain", "goals");
        assertThat(new MessagesResourceBundle(messages, Locale.ENGLISH).getString("plain")).isEqualTo("Don't stop");
        // JasperReports then applies the template's whenResourceMissingType (Error in ours)
        assertThatThrownBy(() -> german.getString("no-such-key")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void thePseudoLocaleMarksEveryTextOnlyWhenSwitchedOn() {
        assertThat(messages.format(Messages.PSEUDO, "goals", 2)).isEqualTo("2 goals");
        Messages.enablePseudoLocale(true);
        assertThat(messages.format(Messages.PSEUDO, "goals", 2)).isEqualTo("⟦2 goals⟧");
        assertThat(messages.format(Locale.ENGLISH, "goals", 2)).isEqualTo("2 goals");
    }
}
