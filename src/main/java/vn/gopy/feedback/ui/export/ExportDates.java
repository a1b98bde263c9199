package vn.gopy.feedback.ui.export;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;

/** The date pickers' calendar in the reader's language: day before month, weeks starting on Monday. */
final class ExportDates {

    /** The picker's lists of weekdays start on Sunday, whichever day the calendar shows first. */
    private static final List<DayOfWeek> SUNDAY_FIRST = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private ExportDates() {
    }

    static DatePickerI18n pickerI18n(Locale locale) {
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> capitalised(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdays(SUNDAY_FIRST.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(SUNDAY_FIRST.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy");
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
