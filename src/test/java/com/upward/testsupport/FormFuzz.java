package com.upward.testsupport;

import com.vaadin.flow.component.UI;

import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives one form through hostile values, one field at a time (the other fields valid), and checks each outcome:
 * either the form refused the value with a message a person can read and changed nothing, or it stored exactly what
 * {@link HostileInput#stored(String)} keeps of it, with no message; and in both cases no user text became markup.
 */
public final class FormFuzz {

    /** One form under test. */
    public interface Form {
        /** Opens the form with valid values, puts {@code value} into {@code field} and saves. */
        void submit(String field, String value);

        /** What the database holds for {@code field} of the record the form edits (of the newest, if it creates). */
        String stored(String field);

        /** For a form that creates records: how many there are; -1 for a form that edits one. */
        default long rows() {
            return -1;
        }

        /** Gets ready for the next value (closes a dialog that is still open, for example). */
        default void reset() {
        }
    }

    /** What a required field must never store: no stored value equals it. */
    public static final String NOTHING = "\u0000nothing may be stored\u0000";

    /** Words that mean an internal error leaked to the screen instead of a message. */
    private static final List<String> LEAKS = List.of("Exception", "SQL", "could not execute", "constraint",
            "Internal error", "is null");

    private FormFuzz() {
    }

    /** Counts of what happened, for the test's own assertions. */
    public record Tally(int stored, int refused) {
    }

    /**
     * Runs every value through the fields in turn; {@code expected} maps (field, value) to what storing it must
     * keep.
     * A refused value must leave the record (and the number of records) as it was.
     */
    public static Tally run(UI ui, HostileInput input, List<String> values, List<String> fields, Form form,
                            BinaryOperator<String> expected) {
        int stored = 0;
        int refused = 0;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String field = fields.get(i % fields.size());
            String context = field + " <- " + input.describe(value);
            RenderedUi.closeNotifications(ui);
            long rowsBefore = form.rows();
            String before = form.stored(field);
            form.submit(field, value);
            List<String> refusals = RenderedUi.refusals(ui);
            long rowsAfter = form.rows();
            String after = form.stored(field);
            if (refusals.isEmpty()) {
                assertThat(rowsAfter).as("records after %s", context).isEqualTo(rowsBefore < 0 ? -1 : rowsBefore + 1);
                assertThat(after).as("stored value of %s", context).isEqualTo(expected.apply(field, value));
                stored++;
            } else {
                assertThat(refusals).as("messages for %s", context)
                        .allSatisfy(m -> assertThat(LEAKS).noneMatch(m::contains));
                assertThat(rowsAfter).as("records after refused %s", context).isEqualTo(rowsBefore);
                assertThat(after).as("value after refused %s", context).isEqualTo(before);
                refused++;
            }
            RenderedUi.assertTextOnly(ui);
            form.reset();
        }
        return new Tally(stored, refused);
    }

    /**
     * Types every value into a search and counts what it finds ({@code rows} sets the text and reads the result):
     * nothing fails, nothing becomes markup, a search finds no more than the empty one, and the LIKE wildcards
     * % and _ are taken literally (no name in the app contains the classics that hold them).
     */
    public static void search(UI ui, HostileInput input, List<String> values, ToIntFunction<String> rows) {
        int all = rows.applyAsInt("");
        assertThat(all).as("rows without a search").isPositive();
        for (String value : values) {
            int found = rows.applyAsInt(value);
            assertThat(found).as("rows for %s", input.describe(value)).isBetween(0, all);
            if (HostileInput.CLASSICS.contains(value) && (value.contains("%") || value.contains("_"))) {
                assertThat(found).as("wildcards in %s", value).isZero();
            }
            RenderedUi.assertTextOnly(ui);
        }
    }

    /** The single value a query found for {@link Form#stored}, or null when it found none. */
    public static String one(List<String> found) {
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Multi-line optional text: cleaned, and blank means no value. */
    public static String optionalText(String value) {
        String kept = HostileInput.stored(value);
        return kept.isEmpty() ? null : kept;
    }

    /** For a required text a blank value must be refused, so storing one is never expected. */
    public static String requiredText(String value) {
        return Objects.requireNonNullElse(optionalText(value), NOTHING);
    }

    /** One-line optional text (names, titles): cleaned, tabs and line breaks as spaces, blank means no value. */
    public static String optionalLine(String value) {
        String kept = HostileInput.storedLine(value);
        return kept.isEmpty() ? null : kept;
    }

    public static String requiredLine(String value) {
        return Objects.requireNonNullElse(optionalLine(value), NOTHING);
    }
}
