package com.upward.security;

import com.upward.security.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"correct horse", "twelve chars", "Ünïcödé-Pässwörd", "a-much-longer-passphrase-2026"})
    void acceptsTwelveOrMoreCharactersThatAreNotTheUsername(String password) {
        assertThat(PasswordPolicy.problem("jane.doe", password)).isEmpty();
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(PasswordPolicy.problem("jane.doe", "")).contains("Enter a new password.");
        assertThat(PasswordPolicy.problem("jane.doe", null)).contains("Enter a new password.");
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(PasswordPolicy.problem("jane.doe", "elevenchars")).contains("Use at least 12 characters.");
        assertThat(PasswordPolicy.problem("jane.doe", "twelvechars!")).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // 11 emoji are 22 UTF-16 units but 11 characters: too short
        assertThat(PasswordPolicy.problem("jane.doe", "😀".repeat(11))).contains("Use at least 12 characters.");
    }

    @Test
    void refusesWhatBcryptWouldCutOff() {
        String seventyTwo = "Xq7#pLm2vR9w".repeat(6);
        assertThat(PasswordPolicy.problem("jane.doe", seventyTwo)).isEmpty();
        assertThat(PasswordPolicy.problem("jane.doe", seventyTwo + "x")).get().asString().startsWith("Use at most 72");
        // 40 characters, 80 bytes in UTF-8
        assertThat(PasswordPolicy.problem("jane.doe", "ä".repeat(40))).get().asString().startsWith("Use at most 72");
    }

    @Test
    void refusesTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.problem("long.username", "long.username"))
                .contains("Your password must not be your username.");
        assertThat(PasswordPolicy.problem("long.username", "LONG.USERNAME "))
                .contains("Your password must not be your username.");
    }

    @Test
    void refusesARepeatedCharacterAndSaysWhy() {
        assertThat(PasswordPolicy.problem("jane.doe", "aaaaaaaaaaaa")).contains(
                "This password is too easy to guess: runs like \"aaa\", \"abc\" or \"6543\" are easy to guess."
                        + " Add another word or two; uncommon words are better.");
    }

    @Test
    void refusesACommonPasswordAndSaysWhy() {
        assertThat(PasswordPolicy.problem("jane.doe", "password1234")).contains(
                "This password is too easy to guess: it is one of the most common passwords."
                        + " Add another word or two; uncommon words are better.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"long.username2", "long.username-1234"})
    void refusesTheUsernameWithALittleAdded(String password) {
        assertThat(PasswordPolicy.problem("long.username", password)).get().asString()
                .startsWith("This password is too easy to guess");
    }

    @Test
    void refusesTheDisplayNameAsAPassword() {
        assertThat(PasswordPolicy.problem("pat.e", "Pat Example 1", "Pat Example")).get().asString()
                .startsWith("This password is too easy to guess");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trumpet-Lantern-Gravel", "correct horse battery staple", "Xq7#pLm2vR9w"})
    void acceptsAStrongPassphrase(String password) {
        assertThat(PasswordPolicy.problem("jane.doe", password, "Jane Doe")).isEmpty();
    }
}
