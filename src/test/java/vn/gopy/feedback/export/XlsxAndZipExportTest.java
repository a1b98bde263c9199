package vn.gopy.feedback.export;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.feedback.export.ExportReading.VIETNAMESE;
import static vn.gopy.feedback.export.ExportReading.bytes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.feedback.CommentExports;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.ExportFormat;

/** The workbook read back with POI, and the attachments' archive read back entry by entry. */
@IntegrationTest
class XlsxAndZipExportTest {

    @Autowired ExportScenario scenario;
    @Autowired CommentExports exports;

    @BeforeEach
    void commentsInEverySituation() {
        scenario.build();
        TestStaff.drafterOf(scenario.agency);
    }

    @Test
    void theWorkbookHasABoldFrozenHeaderTheRowsAndRealDates() throws Exception {
        byte[] xlsx = bytes(exports, ExportFilter.ofDraft(scenario.draft), ExportFormat.XLSX, VIETNAMESE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Góp ý");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Số theo dõi");
            assertThat(header.getLastCellNum()).isEqualTo((short) 22);
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);

            List<String> numbers = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                numbers.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(numbers).containsExactly(scenario.lan, scenario.business, scenario.waiting, scenario.rejected,
                    scenario.masked);

            Row business = sheet.getRow(2);
            assertThat(business.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(business.getCell(2))).isTrue();
            assertThat(business.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 1, 10, 23, 30));
            assertThat(business.getCell(11).getStringCellValue()).startsWith("'=HYPERLINK(");
            assertThat(business.getCell(6)).isNull();
            assertThat(business.getCell(16).getNumericCellValue()).isEqualTo(7);
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo(scenario.lanEmail);
            assertThat(sheet.getRow(1).getCell(20).getStringCellValue()).isEqualTo("bxd-chuyenvien");
            assertThat(sheet.getColumnWidth(11)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void theArchiveHoldsTheListThenEachFileInItsCommentsFolderUnderADistinctName() throws Exception {
        ExportFilter filter = ExportFilter.ofDraft(scenario.draft);
        assertThat(exports.countAttachments(filter)).isEqualTo(2);

        Map<String, byte[]> zip = ExportReading.zip(bytes(exports, filter, ExportFormat.ZIP, VIETNAMESE));

        String first = scenario.business + "/kien-nghi.pdf";
        String second = scenario.business + "/kien-nghi (2).pdf";
        assertThat(zip.keySet()).containsExactly("danh-sach.csv", first, second);
        assertThat(zip.get(first)).isEqualTo(ExportScenario.PDF);
        assertThat(zip.get(second)).isEqualTo(ExportScenario.OTHER_PDF);
        String index = new String(zip.get("danh-sach.csv"), StandardCharsets.UTF_8);
        assertThat(index).startsWith("\uFEFF");
        List<CSVRecord> rows = ExportReading.parse(index.substring(1));
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(scenario.business, scenario.business);
        assertThat(rows).extracting(r -> r.get(1)).containsExactly(first, second);
        assertThat(rows).extracting(r -> r.get(2)).containsExactly("kien-nghi.pdf", "kien-nghi.pdf");
        assertThat(rows.getFirst().get(3)).isEqualTo(String.valueOf(ExportScenario.PDF.length));
    }

    @Test
    void anArchiveOfCommentsWithoutFilesHoldsOnlyTheList() throws Exception {
        ExportFilter published = new ExportFilter(scenario.draft, null, null, null, "ha-noi", null, false, null, null);
        assertThat(exports.countAttachments(published)).isZero();

        Map<String, byte[]> zip = ExportReading.zip(bytes(exports, published, ExportFormat.ZIP, java.util.Locale.ENGLISH));

        assertThat(zip.keySet()).containsExactly("index.csv");
    }
}
