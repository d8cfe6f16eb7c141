package com.upward.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsTest {

    @Test
    void controlCharactersAndLoneSurrogatesAreDroppedTabsAndLineBreaksKept() {
        assertThat(Texts.clean("a\u0000b\u0007c\u001B[31m\u007Fd\u0085e \uD800f")).isEqualTo("abc[31mde f");
        assertThat(Texts.clean(" one\r\ntwo\rthree\n\tfour \u0000")).isEqualTo("one\ntwo\nthree\n\tfour");
        assertThat(Texts.clean(null)).isNull();
    }

    @Test
    void emojiOtherScriptsAndFormatCharactersStay() {
        String text = "👩‍👩‍👧‍👦 Zoë 日本語 مرحبا e\u0301 zero\u200Bwidth \u05E9\u200F! a\u200Eb";
        assertThat(Texts.clean(text)).isEqualTo(text);
    }

    /** Embeddings, overrides and isolates reorder the text shown after them; the marks (LRM, RLM) are kept. */
    @Test
    void bidirectionalControlsAreDropped() {
        assertThat(Texts.line("\u202ENot started\u202C · \u202Aa\u202Bb\u202Dc \u2066d\u2067e\u2068f\u2069"))
                .isEqualTo("Not started · abc def");
        assertThat(Texts.checked("\u202E\n\u2067", "title", false)).as("nothing but controls is blank").isNull();
    }

    @Test
    void aLineHasNoBreaksOrTabs() {
        assertThat(Texts.line("  Head\nof\r\n\tSales\u0000 ")).isEqualTo("Head of  Sales");
        assertThat(Texts.checkedLine("\t\n", "title", false)).isNull();
    }

    @Test
    void theLimitCountsWhatIsKept() {
        assertThat(Texts.checked("x".repeat(Texts.LIMIT) + "\u0000\u0000", "wins", false)).hasSize(Texts.LIMIT);
        assertThatThrownBy(() -> Texts.checked("x".repeat(Texts.LIMIT + 1), "wins", false))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("Keep it under 4000 characters");
        assertThatThrownBy(() -> Texts.checked("\u0000 \u0007", "wins", true))
                .isInstanceOf(BusinessRuleException.class).hasMessage("This cannot be empty.");
    }

    @Test
    void anAbbreviationFitsItsLimitAndKeepsSurrogatePairsWhole() {
        assertThat(Texts.abbreviate("short", 10)).isEqualTo("short");
        assertThat(Texts.abbreviate("Withdrawn: " + "x".repeat(500), 500)).hasSize(500).endsWith("x…");
        assertThat(Texts.abbreviate("ab😀cd", 4)).isEqualTo("ab…");
    }

    @Test
    void blankTextReadsAsNothing() {
        assertThat(Texts.blankToNull(null)).isNull();
        assertThat(Texts.blankToNull("")).isNull();
        assertThat(Texts.blankToNull(" \t\n")).isNull();
        assertThat(Texts.blankToNull(" Berlin ")).isEqualTo(" Berlin ");
    }
}
