package com.upward.base.i18n;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles are complete and tidy: every language has every key, every key the code asks for exists, every key
 * in a bundle is used somewhere, and every pattern is valid ICU with the same arguments in each language.
 */
class MessageBundlesTest {

    /** Where code asks for a text by a literal key: tr("k"), tr(locale, "k"), format(locale, "k"), getTranslation("k"). */
    private static final Pattern KEY_REQUEST = Pattern.compile(
            "\\b(?:tr|format|getTranslation|raw)\\(\\s*(?:[\\w.()]+,\\s*)?\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"");
    /**
     * Where a service names a text for later: new BusinessRuleException(field, "k", …) with a simple field (null, a
     * literal, a name or a constant), and Text.of("k", …).
     */
    private static final Pattern TEXT_REQUEST = Pattern.compile(
            "\\b(?:new BusinessRuleException\\(\\s*(?:null|\"\\w*\"|[\\w.]+),|Text\\.of\\()"
                    + "\\s*\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"");
    /** A refusal's literal message: a key (or a key's prefix before an enum name), never a sentence. */
    private static final Pattern REFUSAL_LITERAL = Pattern.compile(
            "new BusinessRuleException\\(\\s*(?:null|\"\\w*\"|[\\w.]+),\\s*\"([^\"]*)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][\\w-]*(?:\\.[\\w-]*)+)\"");
    /** A Thymeleaf message expression in an email template: #{key} or #{key(arguments)}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][\\w-]*(?:\\.[\\w-]+)+)");
    /** A JasperReports resource expression in a report template: $R{key}. */
    private static final Pattern REPORT_KEY = Pattern.compile("\\$R\\{([a-z][\\w-]*(?:\\.[\\w-]+)+)}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");
    /** The code and templates: src/main, and the report templates at the top level (reports/*.jrxml). */
    private static final List<Path> SOURCES = List.of(Path.of("src/main"), Path.of("reports"));

    private final Messages messages = Messages.load(Messages.BUNDLES);

    @Test
    void everyLanguageHasEveryKeyAndNoOther() {
        Map<String, Map<String, Map<String, String>>> bundles = messages.bundles();
        Set<String> english = keys(bundles.get("en"));
        assertThat(bundles.keySet()).containsExactlyInAnyOrder("en", "de");
        bundles.forEach((language, byBundle) -> {
            assertThat(byBundle.keySet()).as("bundles in %s", language)
                    .containsExactlyInAnyOrderElementsOf(bundles.get("en").keySet());
            byBundle.forEach((bundle, patterns) -> assertThat(patterns.keySet())
                    .as("keys of %s in %s", bundle, language)
                    .containsExactlyInAnyOrderElementsOf(bundles.get("en").get(bundle).keySet()));
        });
        assertThat(english).isNotEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() {
        Set<String> missing = new TreeSet<>();
        sources().forEach(text -> requestedKeys(text).stream().filter(key -> !messages.has(key))
                .forEach(missing::add));
        assertThat(missing).as("keys the code asks for that no bundle has").isEmpty();
    }

    @Test
    void everyRefusalNamesItsMessageByKey() {
        Set<String> english = keys(messages.bundles().get("en"));
        Set<String> sentences = new TreeSet<>();
        sources().forEach(text -> {
            Matcher refusal = REFUSAL_LITERAL.matcher(text);
            while (refusal.find()) {
                String named = refusal.group(1);
                boolean prefix = named.endsWith(".") && english.stream().anyMatch(key -> key.startsWith(named));
                if (!messages.has(named) && !prefix) {
                    sentences.add(named);
                }
            }
        });
        assertThat(sentences).as("refusals whose message is not a key of the bundles").isEmpty();
    }

    @Test
    void theScannerFindsTheKeysOfScreensRefusalsTextsAndTemplates() {
        String source = """
                button.setText(tr("goals.view.new-goal"));
                throw new BusinessRuleException("targetDate", "goals.rule.target-date-outside", starts, ends);
                throw new BusinessRuleException(null,
                        "goals.rule.stale");
                throw new BusinessRuleException(CohortDates.ENDS, "program.rule.too-short", cadence);
                return cadence == null ? null : Text.of("program.rule.dates.ends-missing");
                <p th:text="#{email.hello(${name})}">
                throw new BusinessRuleException(field, problem);
                """;
        assertThat(requestedKeys(source)).containsExactlyInAnyOrder("goals.view.new-goal",
                "goals.rule.target-date-outside", "goals.rule.stale", "program.rule.too-short",
                "program.rule.dates.ends-missing", "email.hello");
    }

    @Test
    void everyKeyInABundleIsUsed() {
        Set<String> literals = new TreeSet<>();
        sources().forEach(text -> {
            for (Pattern naming : List.of(STRING_LITERAL, TEMPLATE_KEY, REPORT_KEY)) {
                Matcher literal = naming.matcher(text);
                while (literal.find()) {
                    literals.add(literal.group(1));
                }
            }
        });
        Set<String> unused = keys(messages.bundles().get("en")).stream()
                .filter(key -> !literals.contains(key) && !builtFromPrefix(key, literals))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("keys in a bundle that no code uses").isEmpty();
    }

    @Test
    void everyPatternIsValidAndTakesTheSameArgumentsInEachLanguage() {
        messages.bundles().forEach((language, byBundle) -> byBundle.values().forEach(patterns ->
                patterns.forEach((key, pattern) -> {
                    new MessageFormat(pattern, java.util.Locale.forLanguageTag(language));
                    assertThat(arguments(pattern)).as("arguments of %s in %s", key, language)
                            .isEqualTo(arguments(messages.raw(Messages.ENGLISH, key)));
                })));
    }

    private static Set<String> requestedKeys(String source) {
        Set<String> keys = new TreeSet<>();
        for (Pattern asking : List.of(KEY_REQUEST, TEXT_REQUEST, TEMPLATE_KEY, REPORT_KEY)) {
            Matcher request = asking.matcher(source);
            while (request.find()) {
                keys.add(request.group(1));
            }
        }
        return keys;
    }

    /** A key built at run time from a literal prefix and a name, such as "goals.status." + status.name(). */
    private static boolean builtFromPrefix(String key, Set<String> literals) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && literals.contains(key.substring(0, dot + 1));
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            arguments.add(argument.group(1));
        }
        return arguments;
    }

    private static Set<String> keys(Map<String, Map<String, String>> byBundle) {
        return byBundle.values().stream().flatMap(patterns -> patterns.keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<String> sources() {
        return SOURCES.stream().flatMap(MessageBundlesTest::sources);
    }

    private static Stream<String> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(java|jrxml|html|txt)$"))
                    .map(MessageBundlesTest::read).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
