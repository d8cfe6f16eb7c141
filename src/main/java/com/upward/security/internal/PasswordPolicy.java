package com.upward.security.internal;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.upward.base.i18n.Text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * What a password chosen by a person must satisfy: at least 12 characters, at most 72 bytes (BCrypt reads no
 * further), not the username, and not easy to guess (issue 21): zxcvbn's estimate, with its dictionaries of common
 * passwords, names and words, must reach {@link #MIN_SCORE}. "Not the current password" needs the stored hash, so
 * the services check it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    /** zxcvbn's 0-4 scale; 3 is "safely unguessable", about 10^8 guesses or more. */
    static final int MIN_SCORE = 3;

    /** Thread-safe once built (nulab/zxcvbn4j#71); building loads the dictionaries, so once. */
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();
    /**
     * Hands zxcvbn's message keys back as they are ("feedback.date.warning.dates"): Upward's words for them are in
     * the security bundle, under {@link #FEEDBACK} and the rest of the key with dashes ({@link #feedback}).
     */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };
    private static final String FEEDBACK = "security.password-feedback.";
    private static final String MORE_WORDS = "feedback.extra.suggestions.addAnotherWord";

    private PasswordPolicy() {
    }

    /**
     * The first rule {@code password} breaks, as a message for the person choosing it; empty when it is fine.
     * {@code aboutThePerson} (their name, say) counts as easy to guess, as the username does.
     */
    public static Optional<Text> problem(String username, String password, String... aboutThePerson) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Text.of("security.password.missing"));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Text.of("security.password.too-short", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Text.of("security.password.too-long", MAX_BYTES));
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT)
                .equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Text.of("security.password.is-username"));
        }
        Strength strength = ESTIMATOR.measure(password, userInputs(username, aboutThePerson));
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        return Optional.of(whyTooEasy(strength.getFeedback().withResourceBundle(KEYS)));
    }

    /** "This password is too easy to guess: it is one of the most common passwords. Use a few words…" */
    private static Text whyTooEasy(Feedback feedback) {
        String warning = feedback.getWarning();
        List<String> suggestions = feedback.getSuggestions();
        Text tip = feedback(suggestions.isEmpty() ? MORE_WORDS : suggestions.getFirst());
        return warning == null || warning.isEmpty() ? Text.of("security.password.too-easy", tip)
                : Text.of("security.password.too-easy-because", feedback(warning), tip);
    }

    /** zxcvbn's warning or suggestion in Upward's words ("feedback.date.warning.dates": "dates are easy to guess."). */
    private static Text feedback(String zxcvbnKey) {
        return Text.of(FEEDBACK + zxcvbnKey.substring("feedback.".length()).replace('.', '-'));
    }

    /** The whole username and name and their parts ("anna.berg": "anna", "berg"), as zxcvbn's own dictionary. */
    private static List<String> userInputs(String username, String... aboutThePerson) {
        List<String> inputs = new ArrayList<>();
        Stream.concat(Stream.of(username), Stream.of(aboutThePerson)).filter(text -> text != null && !text.isBlank())
                .map(text -> text.strip().toLowerCase(Locale.ROOT)).forEach(text -> {
                    inputs.add(text);
                    Stream.of(text.split("[^\\p{L}\\p{N}]+")).filter(part -> part.length() > 2).forEach(inputs::add);
                });
        return inputs;
    }
}
