package com.upward.security;

import com.nulabinc.zxcvbn.Feedback;
import com.upward.base.i18n.Messages;
import com.upward.base.i18n.Text;
import com.upward.security.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"correct horse", "twelve chars", "Ünïcödé-Pässwörd", "a-much-longer-passphrase-2026"})
    void acceptsTwelveOrMoreCharactersThatAreNotTheUsername(String password) {
        assertThat(said("jane.doe", password)).isEmpty();
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(said("jane.doe", "")).contains("Enter a new password.");
        assertThat(said("jane.doe", null)).contains("Enter a new password.");
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(said("jane.doe", "elevenchars")).contains("Use at least 12 characters.");
        assertThat(said("jane.doe", "twelvechars!")).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // 11 emoji are 22 UTF-16 units but 11 characters: too short
        assertThat(said("jane.doe", "😀".repeat(11))).contains("Use at least 12 characters.");
    }

    @Test
    void refusesWhatBcryptWouldCutOff() {
        String seventyTwo = "Xq7#pLm2vR9w".repeat(6);
        assertThat(said("jane.doe", seventyTwo)).isEmpty();
        assertThat(said("jane.doe", seventyTwo + "x")).get().asString().startsWith("Use at most 72");
        // 40 characters, 80 bytes in UTF-8
        assertThat(said("jane.doe", "ä".repeat(40))).get().asString().startsWith("Use at most 72");
    }

    @Test
    void refusesTheUsernameInAnyCase() {
        assertThat(said("long.username", "long.username"))
                .contains("Your password must not be your username.");
        assertThat(said("long.username", "LONG.USERNAME "))
                .contains("Your password must not be your username.");
    }

    @Test
    void refusesARepeatedCharacterAndSaysWhy() {
        assertThat(said("jane.doe", "aaaaaaaaaaaa")).contains(
                "This password is too easy to guess: runs like \"aaa\", \"abc\" or \"6543\" are easy to guess."
                        + " Add another word or two; uncommon words are better.");
    }

    @Test
    void refusesACommonPasswordAndSaysWhy() {
        assertThat(said("jane.doe", "password1234")).contains(
                "This password is too easy to guess: it is one of the most common passwords."
                        + " Add another word or two; uncommon words are better.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"long.username2", "long.username-1234"})
    void refusesTheUsernameWithALittleAdded(String password) {
        assertThat(said("long.username", password)).get().asString()
                .startsWith("This password is too easy to guess");
    }

    @Test
    void refusesTheDisplayNameAsAPassword() {
        assertThat(said("pat.e", "Pat Example 1", "Pat Example")).get().asString()
                .startsWith("This password is too easy to guess");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trumpet-Lantern-Gravel", "correct horse battery staple", "Xq7#pLm2vR9w"})
    void acceptsAStrongPassphrase(String password) {
        assertThat(said("jane.doe", password, "Jane Doe")).isEmpty();
    }

    @Test
    void aRefusalReadsInTheReadersLanguage() {
        Text tooEasy = PasswordPolicy.problem("jane.doe", "password1234").orElseThrow();
        assertThat(tooEasy.in(Locale.GERMAN)).isEqualTo("Dieses Passwort ist zu leicht zu erraten: es ist eines der"
                + " häufigsten Passwörter. Fügen Sie ein oder zwei Wörter hinzu; ungewöhnliche Wörter sind besser.");
        assertThat(PasswordPolicy.problem("jane.doe", "elevenchars").orElseThrow().in(Locale.GERMAN))
                .isEqualTo("Verwenden Sie mindestens 12 Zeichen.");
    }

    /** zxcvbn names its warnings and suggestions by keys; each needs Upward's words, in every language. */
    @Test
    void everyWarningAndSuggestionOfZxcvbnHasWords() {
        List<String> keys = Arrays.stream(Feedback.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(PasswordPolicyTest::value).toList();
        assertThat(keys).hasSizeGreaterThan(20).allSatisfy(key -> assertThat(Messages.shared()
                .has("security.password-feedback." + key.substring("feedback.".length()).replace('.', '-')))
                .as(key).isTrue());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first broken rule in English. */
    private static Optional<String> said(String username, String password, String... aboutThePerson) {
        return PasswordPolicy.problem(username, password, aboutThePerson).map(Text::english);
    }
}
