package com.upward.base;

import com.upward.base.i18n.Text;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A refusal is a key with arguments: English for logs and tests, the reader's language on screen. */
class BusinessRuleExceptionTest {

    @Test
    void aRefusalReadsInTheReadersLanguageWithDatesInTheirFormat() {
        var refusal = new BusinessRuleException("targetDate", "goals.rule.target-date-outside",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31));

        assertThat(refusal.getField()).isEqualTo("targetDate");
        assertThat(refusal.getMessage())
                .isEqualTo("Pick a date while the cohort runs, between 1 Mar 2027 and 31 Aug 2027.");
        assertThat(refusal.message(Locale.GERMAN)).isEqualTo(
                "Wählen Sie ein Datum, an dem die Kohorte läuft, zwischen dem 1. März 2027 und dem 31. Aug. 2027.");
        assertThat(refusal.message(Locale.JAPANESE)).as("a language Upward lacks").isEqualTo(refusal.getMessage());
    }

    @Test
    void aRuleOfTheBaseRefusesInGermanToo() {
        assertThatThrownBy(() -> Texts.checked(" ", "title", true)).isInstanceOfSatisfying(
                BusinessRuleException.class, refusal -> {
                    assertThat(refusal.getMessage()).isEqualTo("This cannot be empty.");
                    assertThat(refusal.message(Locale.GERMANY)).isEqualTo("Dieses Feld darf nicht leer sein.");
                });
    }

    @Test
    void limitsStayUngroupedAndATextInsideATextIsInTheSameLanguage() {
        var tooLong = new BusinessRuleException("wins", "base.rule.too-long", 4000, 4123);
        assertThat(tooLong.getMessage()).isEqualTo("Keep it under 4000 characters (now 4123).");
        assertThat(tooLong.message(Locale.GERMAN)).isEqualTo("Bitte höchstens 4000 Zeichen (jetzt 4123).");

        var cannotAsk = new BusinessRuleException("mentor", Text.of("matching.rule.cannot-ask",
                Text.of("matching.rule.hard.EARLIER_PAIR")));
        assertThat(cannotAsk.getMessage()).isEqualTo(
                "You cannot ask this mentor: This mentor and mentee were already paired in an earlier cohort.");
        assertThat(cannotAsk.message(Locale.GERMAN)).isEqualTo("Sie können diesen Mentor nicht anfragen: Dieser"
                + " Mentor und dieser Mentee waren schon in einer früheren Kohorte ein Paar.");
    }
}
