package vn.gopy.drafts.ui.editor;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import vn.gopy.common.PortalTime;

/** Dates and times as drafters read and enter them: always Vietnam time, day before month. */
final class EditorDates {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("HH:mm, d MMM yyyy", Locale.ENGLISH);

    private EditorDates() {
    }

    static String format(LocalDateTime time, Locale locale) {
        if (time == null) {
            return "";
        }
        return (isEnglish(locale) ? ENGLISH : VIETNAMESE).format(time);
    }

    static String format(Instant instant, Locale locale) {
        return instant == null ? "" : format(LocalDateTime.ofInstant(instant, PortalTime.ZONE), locale);
    }

    /** The calendar of the date pickers in the reader's language, weeks starting on Monday. */
    static DatePickerI18n pickerI18n(Locale locale, String today, String cancel) {
        List<String> months = Arrays.stream(Month.values())
                .map(m -> capitalised(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList();
        // The picker's weeks start on Sunday in its lists, whatever day is shown first.
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy")
                .setToday(today)
                .setCancel(cancel);
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
