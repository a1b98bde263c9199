package vn.gopy.feedback.internal.export;

import java.util.HashSet;
import java.util.Set;

/**
 * Names of the files in an attachments ZIP: {@code <tracking number>/<file name>}. File names come from the
 * people who uploaded them, so anything that could climb out of the folder or trouble an unzip tool (slashes,
 * "..", control characters) is replaced; two files of one comment with the same name get "(2)", "(3)". The
 * names depend only on the comment's own files in their order, so the list and the files always agree.
 */
final class EntryNames {

    private final Set<String> usedInFolder = new HashSet<>();
    private String folder;

    String next(String trackingNumber, String fileName) {
        if (!trackingNumber.equals(folder)) {
            folder = trackingNumber;
            usedInFolder.clear();
        }
        String clean = clean(fileName);
        String candidate = clean;
        for (int n = 2; !usedInFolder.add(candidate.toLowerCase()); n++) {
            candidate = numbered(clean, n);
        }
        return clean(trackingNumber) + "/" + candidate;
    }

    static String clean(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
        cleaned = cleaned.replaceAll("^\\.+", "_");
        if (cleaned.isEmpty()) {
            return "_";
        }
        return cleaned.length() > 150 ? cleaned.substring(cleaned.length() - 150) : cleaned;
    }

    private static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
    }
}
