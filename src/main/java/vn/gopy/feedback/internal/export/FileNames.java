package vn.gopy.feedback.internal.export;

import java.text.Normalizer;
import java.time.LocalDate;

import vn.gopy.feedback.ExportFormat;

/**
 * Names of export files, e.g. {@code gop-y-DT-2026-BXD-04-2026-11-28.csv}: ASCII letters, digits and dashes only,
 * so that every browser, mail program and operating system keeps them as they are.
 */
public final class FileNames {

    private FileNames() {
    }

    /** {@code subject} is a draft's reference number, an agency's code, or null for every agency. */
    public static String of(String subject, LocalDate day, ExportFormat format) {
        String middle = subject == null ? "tat-ca" : ascii(subject);
        return "gop-y-" + (middle.isEmpty() ? "" : middle + "-") + day + "." + format.extension();
    }

    /** Vietnamese letters without their marks ("Đất" → "Dat"), anything else a dash. */
    static String ascii(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String dashed = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return dashed.length() > 60 ? dashed.substring(0, 60).replaceAll("-+$", "") : dashed;
    }
}
