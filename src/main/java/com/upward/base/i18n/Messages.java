package com.upward.base.i18n;

import com.ibm.icu.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every text a person reads, by key, in each language Upward speaks. The texts live in {@code i18n/<feature>.properties}
 * (English) and {@code i18n/<feature>_de.properties} (German), one pair per feature so that features own their
 * words; a key is unique across all of them. Patterns are ICU MessageFormat, so plurals are the language's own
 * ({@code {0, plural, one {# goal} other {# goals}}}) and a lone apostrophe is just an apostrophe.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    /** The languages people can choose, English first: it is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, GERMAN);
    /**
     * English with every text wrapped in {@link #PSEUDO_START} … {@link #PSEUDO_END}: with it on, a screen shows at
     * a glance which text did not come from here. Only when {@code upward.i18n.pseudo-locale=true}.
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");
    public static final String PSEUDO_START = "⟦";
    public static final String PSEUDO_END = "⟧";

    static final String BUNDLES = "classpath*:i18n/*.properties";
    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static volatile Messages shared;
    private static volatile boolean pseudoLocale;

    /** language ("en", "de") → bundle name → key → pattern */
    private final Map<String, Map<String, Map<String, String>>> bundles;
    private final Map<String, Map<String, String>> patternsByLanguage;
    /**
     * Texts without arguments, formatted once per language and shared: a view keeps its labels for as long as the
     * session lives, and one copy per session of every label would add up (issue 10's memory budget).
     */
    private final Map<String, String> plainTexts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Locale, DateTimeFormatter> dateFormats = new java.util.concurrent.ConcurrentHashMap<>();

    Messages(Map<String, Map<String, Map<String, String>>> bundles) {
        this.bundles = bundles;
        this.patternsByLanguage = new HashMap<>();
        bundles.forEach((language, byBundle) -> {
            Map<String, String> all = new HashMap<>();
            byBundle.forEach((bundle, patterns) -> patterns.forEach((key, pattern) -> {
                if (all.put(key, pattern) != null) {
                    throw new IllegalStateException("The message key " + key + " is in two bundles (" + language
                            + "); each key belongs to one feature's bundle");
                }
            }));
            patternsByLanguage.put(language, all);
        });
    }

    /** The messages on the class path, read once. */
    public static Messages shared() {
        Messages messages = shared;
        if (messages == null) {
            synchronized (Messages.class) {
                if (shared == null) {
                    shared = load(BUNDLES);
                }
                messages = shared;
            }
        }
        return messages;
    }

    /** Set once at start-up, from {@code upward.i18n.pseudo-locale}. */
    public static void enablePseudoLocale(boolean enabled) {
        pseudoLocale = enabled;
    }

    public static boolean pseudoLocaleEnabled() {
        return pseudoLocale;
    }

    /** The text for {@code key} in the language of {@code locale} (English when it has none), formatted. */
    public String format(Locale locale, String key, Object... params) {
        Locale target = locale == null ? ENGLISH : locale;
        String language = supports(target) ? target.getLanguage() : ENGLISH.getLanguage();
        String pattern = patternsByLanguage.getOrDefault(language, Map.of()).get(key);
        if (pattern == null) {
            pattern = patternsByLanguage.getOrDefault(ENGLISH.getLanguage(), Map.of()).get(key);
        }
        if (pattern == null) {
            log.warn("No message for key {}", key);
            return "!" + key + "!";
        }
        String text;
        if (params.length == 0) {
            String finalPattern = pattern;
            text = pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0 ? pattern
                    : plainTexts.computeIfAbsent(language + '\u0000' + key,
                            k -> new MessageFormat(finalPattern, target).format(new Object[0]));
        } else {
            text = new MessageFormat(pattern, target).format(params);
        }
        return pseudoLocale && isPseudo(target) ? PSEUDO_START + text + PSEUDO_END : text;
    }

    /** The pattern itself, unformatted and never pseudo-wrapped: for date patterns and the like. */
    public String raw(Locale locale, String key) {
        Locale target = locale == null || !supports(locale) ? ENGLISH : locale;
        String pattern = patternsByLanguage.getOrDefault(target.getLanguage(), Map.of()).get(key);
        return pattern != null ? pattern : patternsByLanguage.getOrDefault(ENGLISH.getLanguage(), Map.of())
                .getOrDefault(key, key);
    }

    /**
     * Dates as the reader writes them ({@code format.date}: "6 Dec 2026", "6. Dez. 2026"); in a language Upward does
     * not speak, as in English, so that a sentence and its dates agree.
     */
    public DateTimeFormatter dateFormat(Locale locale) {
        Locale target = locale == null || !supports(locale) ? ENGLISH : locale;
        return dateFormats.computeIfAbsent(target, l -> DateTimeFormatter.ofPattern(raw(l, "format.date"), l));
    }

    public boolean has(String key) {
        return patternsByLanguage.getOrDefault(ENGLISH.getLanguage(), Map.of()).containsKey(key);
    }

    /** Every key there is (English has them all). */
    public Set<String> keys() {
        return Collections.unmodifiableSet(patternsByLanguage.getOrDefault(ENGLISH.getLanguage(), Map.of()).keySet());
    }

    /** Whether texts exist in this locale's language. */
    public static boolean supports(Locale locale) {
        return LANGUAGES.stream().anyMatch(language -> language.getLanguage().equals(locale.getLanguage()));
    }

    static boolean isPseudo(Locale locale) {
        return PSEUDO.getLanguage().equals(locale.getLanguage()) && PSEUDO.getCountry().equals(locale.getCountry());
    }

    /** For the bundle checks: language → bundle → key → pattern. */
    Map<String, Map<String, Map<String, String>>> bundles() {
        return Collections.unmodifiableMap(bundles);
    }

    static Messages load(String locationPattern) {
        Map<String, Map<String, Map<String, String>>> bundles = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
                String name = resource.getFilename();
                String base = name.substring(0, name.length() - ".properties".length());
                int underscore = base.indexOf('_');
                String bundle = underscore < 0 ? base : base.substring(0, underscore);
                String language = underscore < 0 ? ENGLISH.getLanguage() : base.substring(underscore + 1);
                bundles.computeIfAbsent(language, l -> new TreeMap<>()).put(bundle, read(resource));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundles", e);
        }
        return new Messages(bundles);
    }

    private static Map<String, String> read(Resource resource) throws IOException {
        var properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> patterns = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> patterns.put(key, properties.getProperty(key)));
        return patterns;
    }
}
