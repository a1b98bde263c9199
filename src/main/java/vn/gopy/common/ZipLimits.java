package vn.gopy.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded archive (a DOCX is one) once, counting, so that a zip bomb is refused before a library
 * such as POI holds it in memory: at most 1,000 parts and 100 MB unpacked, whatever the upload's own size.
 */
public final class ZipLimits {

    public static final int MAX_ENTRIES = 1000;
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    public enum Verdict { FITS, TOO_LARGE, UNREADABLE }

    private ZipLimits() {
    }

    public static Verdict check(byte[] archive) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    return Verdict.TOO_LARGE;
                }
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        return Verdict.TOO_LARGE;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Verdict.UNREADABLE;
        }
        return entries == 0 ? Verdict.UNREADABLE : Verdict.FITS;
    }
}
