package com.upward.base.ui;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which locale a new UI gets, and how a date picker of that locale reads and names dates. */
class LocaleChoiceTest {

    private static final Locale AUSTRIA = Locale.forLanguageTag("de-AT");

    @Test
    void theProfileChoiceWinsAndKeepsTheBrowsersRegionOfTheSameLanguage() {
        assertThat(UpwardI18NProvider.resolve(Optional.of(Locale.GERMAN), List.of(Locale.US, AUSTRIA)))
                .isEqualTo(AUSTRIA);
        assertThat(UpwardI18NProvider.resolve(Optional.of(Locale.GERMAN), List.of(Locale.US))).isEqualTo(Locale.GERMAN);
        assertThat(UpwardI18NProvider.resolve(Optional.of(Locale.ENGLISH), List.of(Locale.UK))).isEqualTo(Locale.UK);
    }

    @Test
    void withoutAChoiceTheBrowsersFirstLanguageUpwardSpeaksCountsElseEnglish() {
        assertThat(UpwardI18NProvider.resolve(Optional.empty(), List.of(Locale.FRANCE, Locale.GERMANY, Locale.UK)))
                .isEqualTo(Locale.GERMANY);
        assertThat(UpwardI18NProvider.resolve(Optional.empty(), List.of(Locale.JAPAN))).isEqualTo(Locale.ENGLISH);
        assertThat(UpwardI18NProvider.resolve(Optional.empty(), List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void datePickersUseTheLocalesShortFormatWithAFourDigitYear() {
        assertThat(LocalizedDatePicker.shortFormat(Locale.US)).isEqualTo("M/d/yyyy");
        assertThat(LocalizedDatePicker.shortFormat(Locale.UK)).isEqualTo("dd/MM/yyyy");
        assertThat(LocalizedDatePicker.shortFormat(Locale.GERMANY)).isEqualTo("dd.MM.yyyy");
        assertThat(LocalizedDatePicker.shortFormat(Locale.JAPAN)).isEqualTo("yyyy/MM/dd");
    }

    @Test
    void aDateThatCannotBeReadIsAnsweredWithTheFormatExpected() {
        assertThat(LocalizedDatePicker.badInputMessage(Locale.UK)).isEqualTo("Not a date we can read. Type it as "
                + "DD/MM/YYYY (for example 20/02/2027) or as 2027-02-20, or pick it from the calendar.");
        assertThat(LocalizedDatePicker.badInputMessage(Locale.US)).contains("M/D/YYYY (for example 2/20/2027)");
    }
}
