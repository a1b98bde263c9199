package vn.gopy.feedback.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.gopy.common.FieldProblem;
import vn.gopy.common.InvalidInputException;

/** The agency's edited report is taken only if it is a real Word document within the size limit. */
class EditedReportTest {

    private final byte[] docx = DocxReportWriterTest.write(Reports.vietnamese());

    @Test
    void aWordDocumentIsTakenAsItIsAndItsTextCanBeShown() {
        assertThat(EditedReport.checkedDocx(docx, EditedReport.MAX_BYTES)).isSameAs(docx);
        assertThat(EditedReport.text(docx)).contains("BÁO CÁO TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý",
                "Điều 3. Các hành vi bị nghiêm cấm", "214 người cùng gửi", Reports.CAMPAIGN_EXPLANATION);
    }

    @Test
    void aPdfIsRefused() {
        refused(PdfReportWriterTest.write(Reports.vietnamese()), "feedback.report.error.not-docx");
    }

    @Test
    void randomBytesAreRefused() {
        byte[] random = new byte[10_000];
        new Random(7).nextBytes(random);
        refused(random, "feedback.report.error.not-docx");
    }

    @Test
    void aTextFileNamedDocxIsRefused() {
        refused("Báo cáo tiếp thu, giải trình".getBytes(StandardCharsets.UTF_8), "feedback.report.error.not-docx");
    }

    @Test
    void anEmptyUploadIsRefused() {
        refused(new byte[0], "feedback.report.error.not-docx");
        refused(null, "feedback.report.error.not-docx");
    }

    @Test
    void aZipThatIsNotAnOfficeDocumentIsRefused() throws IOException {
        refused(zip("bao-cao.txt", "tiếp thu".getBytes(StandardCharsets.UTF_8)), "feedback.report.error.not-docx");
    }

    @Test
    void aWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Ý kiến").createRow(0).createCell(0).setCellValue("tiếp thu");
            workbook.write(xlsx);
        }
        refused(xlsx.toByteArray(), "feedback.report.error.not-docx");
    }

    @Test
    void aMacroEnabledDocumentIsRefused() throws IOException {
        byte[] docm = replaceInEntry(docx, "[Content_Types].xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml");
        refused(docm, "feedback.report.error.not-docx");
    }

    @Test
    void anArchiveThatUnpacksToHundredsOfMegabytesIsRefused() throws IOException {
        byte[] bomb = zip("word/document.xml", new byte[150 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        refused(bomb, "feedback.report.error.not-docx");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        refused(docx, docx.length - 1, "feedback.report.error.too-large");

        byte[] large = Arrays.copyOf(docx, (int) EditedReport.MAX_BYTES + 1);
        InvalidInputException error = refused(large, "feedback.report.error.too-large");
        assertThat(error.problems().getFirst().arguments()).containsExactly(20L);
    }

    /** Refused with the usual limit, and so refused for a preview too. */
    private static InvalidInputException refused(byte[] upload, String key) {
        InvalidInputException error = refused(upload, EditedReport.MAX_BYTES, key);
        assertThatThrownBy(() -> EditedReport.text(upload)).isInstanceOf(InvalidInputException.class);
        return error;
    }

    /** Refused with exactly one problem, on the report field, with the given message key. */
    private static InvalidInputException refused(byte[] upload, long maxBytes, String key) {
        byte[] before = upload == null ? null : upload.clone();
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> EditedReport.checkedDocx(upload, maxBytes));
        assertThat(error).as("refused").isNotNull();
        assertThat(error.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("report", key));
        assertThat(upload).isEqualTo(before);
        return error;
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] replaceInEntry(byte[] archive, String entryName, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    assertThat(text).contains(from);
                    content = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
