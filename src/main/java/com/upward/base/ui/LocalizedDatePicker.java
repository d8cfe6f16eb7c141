package com.upward.base.ui;

import com.upward.base.i18n.Messages;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static com.upward.base.ui.Translations.tr;

/**
 * A date picker in the reader's locale: it shows and reads dates the way the locale writes them short ("20/02/2027"
 * in Britain, "20.02.2027" in Germany, "2/20/2027" in the US), also reads ISO dates (2027-02-20), names months and
 * weekdays in the reader's language, starts the week on the locale's first day, and says which format it expects
 * when it cannot read a date.
 */
public class LocalizedDatePicker extends DatePicker {

    public static final String ISO = "yyyy-MM-dd";
    private static final LocalDate EXAMPLE = LocalDate.of(2027, 2, 20);

    public LocalizedDatePicker(String label) {
        super(label);
        localize(Translations.locale());
    }

    final void localize(Locale locale) {
        setLocale(locale);
        String format = shortFormat(locale);
        setI18n(new DatePickerI18n()
                .setDateFormats(format, ISO)
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(sundayFirst(locale, TextStyle.FULL_STANDALONE))
                .setWeekdaysShort(sundayFirst(locale, TextStyle.SHORT_STANDALONE))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(tr("date-picker.today"))
                .setCancel(tr("date-picker.cancel"))
                .setBadInputErrorMessage(badInputMessage(locale)));
    }

    /** The message for a date the picker cannot read: the locale's format, an example, and ISO. */
    public static String badInputMessage(Locale locale) {
        String format = shortFormat(locale);
        return tr("date-picker.bad-input", spelledOut(format, locale),
                DateTimeFormatter.ofPattern(format, locale).format(EXAMPLE), EXAMPLE.toString());
    }

    /** "dd.MM.yyyy" as a reader writes it down: "DD.MM.YYYY", or "TT.MM.JJJJ" in German. */
    static String spelledOut(String format, Locale locale) {
        String letters = Messages.shared().raw(locale, "date-picker.format-letters");
        return format.replace('d', letters.charAt(0)).replace('M', letters.charAt(1)).replace('y', letters.charAt(2));
    }

    /**
     * The locale's short date pattern with a four-digit year, in the tokens the picker understands (d, dd, M, MM,
     * yyyy); ISO when the locale's pattern uses anything else.
     */
    static String shortFormat(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale).replaceAll("y+", "yyyy");
        return pattern.matches("[dMy./\\- ]+") && pattern.contains("d") && pattern.contains("M") ? pattern : ISO;
    }

    private static List<String> sundayFirst(Locale locale, TextStyle style) {
        return IntStream.range(0, 7)
                .mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale)).toList();
    }
}
