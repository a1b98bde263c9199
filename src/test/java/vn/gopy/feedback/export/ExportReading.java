package vn.gopy.feedback.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.gopy.feedback.CommentExports;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.ExportFormat;

/** Writes exports into memory and reads them back the way a spreadsheet or an unzip tool would. */
final class ExportReading {

    static final Locale VIETNAMESE = Locale.of("vi");

    private ExportReading() {
    }

    static byte[] bytes(CommentExports exports, ExportFilter filter, ExportFormat format, Locale locale)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(filter, format, locale, out, rows -> { });
        return out.toByteArray();
    }

    /** The rows of a CSV (BOM removed), each by its header. */
    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return parse(text.substring(1));
    }

    static List<CSVRecord> parse(String withoutBom) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(withoutBom)).getRecords();
    }

    /** Every entry of a ZIP by name, with its bytes, in the archive's order. */
    static Map<String, byte[]> zip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
