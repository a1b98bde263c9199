package vn.gopy.drafts.ui;

import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.gopy.common.PortalTime;

/**
 * How the public pages write dates, times, numbers and sizes: in the reader's language, and always in
 * Vietnam time, because a consultation closes at a Vietnamese hour wherever its reader is.
 */
final class ReadingFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ReadingFormat() {
    }

    static String date(Instant instant, Locale locale) {
        return PortalTime.date(instant, locale);
    }

    static String dateTime(Instant instant, Locale locale) {
        return PortalTime.dateTime(instant, locale);
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(PortalTime.ZONE));
    }

    /** A whole number with the reader's digit grouping: 1.500.000 in Vietnamese, 1,500,000 in English. */
    static String number(BigInteger value, Locale locale) {
        return NumberFormat.getIntegerInstance(numberLocale(locale)).format(value);
    }

    /** A file size a reader can judge before downloading: "820 KB", "1,4 MB". */
    static String fileSize(long bytes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(numberLocale(locale));
        format.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return format.format(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return format.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** The short name of a file format that readers know from their own computer. */
    static String fileType(String mediaType) {
        if ("application/pdf".equals(mediaType)) {
            return "PDF";
        }
        if (mediaType != null && mediaType.contains("wordprocessingml")) {
            return "Word";
        }
        return "";
    }

    /** The first words of a text, cut at a word and marked as cut, for a one-line excerpt. */
    static String excerpt(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String firstParagraph = text.strip().split("\\n\\s*\\n|\\n", 2)[0].strip();
        if (firstParagraph.length() <= maxLength) {
            return firstParagraph;
        }
        int cut = firstParagraph.lastIndexOf(' ', maxLength);
        return firstParagraph.substring(0, cut > maxLength / 2 ? cut : maxLength).strip() + "…";
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static Locale numberLocale(Locale locale) {
        return isEnglish(locale) ? Locale.ENGLISH : Locale.of("vi", "VN");
    }
}
