package vn.gopy.feedback.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * The report's fixed texts ({@code i18n/feedback-report_<language>.properties}), read here rather than through
 * the UI's translation provider so that the writers stay plain classes usable without Spring. Patterns are
 * filled the way the provider fills them (MessageFormat, only when there are arguments), so a text reads the
 * same on screen and in the report.
 */
final class ReportTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Locale locale;
    private final Properties texts = new Properties();

    ReportTexts(String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.of("vi");
        String path = "i18n/feedback-report_" + locale.getLanguage() + ".properties";
        try (InputStream in = ReportTexts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        String pattern = texts.getProperty("feedback.report." + key);
        if (pattern == null) {
            throw new IllegalStateException("No report text feedback.report." + key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** dd/MM/yyyy in both languages: the form of dates in Vietnamese official documents. */
    String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    String number(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }
}
