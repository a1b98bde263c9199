package vn.gopy.feedback.export;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gopy.feedback.export.ExportReading.VIETNAMESE;
import static vn.gopy.feedback.export.ExportReading.bytes;
import static vn.gopy.feedback.export.ExportReading.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestStaff;
import vn.gopy.feedback.CommentExports;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.ExportFormat;

/** The CSV a drafter downloads, read back as Excel or a script would read it. */
@IntegrationTest
class CsvExportTest {

    @Autowired ExportScenario scenario;
    @Autowired CommentExports exports;

    @BeforeEach
    void commentsInEverySituation() {
        scenario.build();
        TestStaff.drafterOf(scenario.agency);
    }

    @Test
    void startsWithAByteOrderMarkAndKeepsVietnameseAndLineBreaksIntact() throws Exception {
        byte[] csv = bytes(exports, ExportFilter.ofDraft(scenario.draft), ExportFormat.CSV, VIETNAMESE);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSố theo dõi,Dự thảo,Thời điểm gửi,Thời điểm xác nhận,Đối tượng góp ý,");
        assertThat(text).contains("\r\n").doesNotContain("\n\n");
        List<CSVRecord> rows = csv(csv);
        assertThat(rows.getFirst().toMap()).hasSize(22);
        assertThat(rows.getFirst().get("Nội dung góp ý")).isEqualTo("Đề nghị làm rõ khái niệm \"đất ở\" tại Điều 3, khoản 2.");
        assertThat(rows.get(1).get("Nội dung góp ý")).endsWith("\nChúng tôi đề nghị giảm thủ tục cấp phép.");
    }

    @Test
    void holdsEveryConfirmedCommentOfTheDraftOnceInOrderAndNeverAnUnconfirmedOne() throws Exception {
        List<CSVRecord> rows = csv(bytes(exports, ExportFilter.ofDraft(scenario.draft), ExportFormat.CSV, VIETNAMESE));

        assertThat(rows).extracting(r -> r.get("Số theo dõi")).containsExactly(
                scenario.lan, scenario.business, scenario.waiting, scenario.rejected, scenario.masked);
        assertThat(rows).extracting(r -> r.get("Trạng thái")).containsExactly(
                "Đã công bố", "Đã công bố", "Đang chờ kiểm duyệt", "Không được công bố", "Đã công bố");
        assertThat(exports.count(ExportFilter.ofDraft(scenario.draft))).isEqualTo(5);
    }

    @Test
    void showsTheAddressOnlyToThoseWhoAgreedToBeContactedAndTheNameOnlyIfPublishedWithIt() throws Exception {
        List<CSVRecord> rows = csv(bytes(exports, ExportFilter.ofDraft(scenario.draft), ExportFormat.CSV, VIETNAMESE));
        CSVRecord lan = rows.get(0);
        CSVRecord business = rows.get(1);

        assertThat(lan.get("E-mail (đồng ý được liên hệ)")).isEqualTo(scenario.lanEmail);
        assertThat(lan.get("Họ tên")).isEqualTo("Nguyễn Thị Lan");
        assertThat(business.get("E-mail (đồng ý được liên hệ)")).isEmpty();
        assertThat(business.get("Họ tên")).isEmpty();
        assertThat(business.get("Tổ chức")).isEqualTo("Công ty TNHH Minh Phát");
        assertThat(rows.get(2).get("E-mail (đồng ý được liên hệ)")).isEmpty();
    }

    @Test
    void wordsTheCodesAndCarriesTheAnswerTheGroupAndTheModeration() throws Exception {
        List<CSVRecord> rows = csv(bytes(exports, ExportFilter.ofDraft(scenario.draft), ExportFormat.CSV, VIETNAMESE));
        CSVRecord lan = rows.get(0);
        CSVRecord business = rows.get(1);

        assertThat(lan.get("Dự thảo")).isEqualTo("DT-2026/BXD-04");
        assertThat(lan.get("Đối tượng góp ý")).isEqualTo("Cá nhân");
        assertThat(lan.get("Tỉnh, thành phố")).isEqualTo("Hà Nội");
        assertThat(lan.get("Điều")).isEqualTo("Điều 3");
        assertThat(lan.get("Kết quả tiếp thu")).isEqualTo("Tiếp thu");
        assertThat(lan.get("Giải trình")).isEqualTo("Đã bổ sung định nghĩa đất ở.");
        assertThat(lan.get("Điều đã sửa")).isEqualTo("Điều 3");
        assertThat(lan.get("Người trả lời")).isEqualTo("bxd-chuyenvien");
        assertThat(lan.get("Thời điểm trả lời")).isEqualTo("01/02/2026 09:15");
        assertThat(lan.get("Thời điểm gửi")).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        assertThat(business.get("Thời điểm gửi")).isEqualTo("10/01/2026 23:30");
        assertThat(business.get("Đối tượng góp ý")).isEqualTo("Doanh nghiệp");
        assertThat(business.get("Ngành, lĩnh vực")).isEqualTo("Xây dựng");
        assertThat(business.get("Điều")).isEmpty();
        assertThat(business.get("Nhóm thư mẫu")).isNotEmpty();
        assertThat(business.get("Số thư trong nhóm")).isEqualTo("7");
        assertThat(business.get("Kết quả tiếp thu")).isEmpty();
        assertThat(rows.get(3).get("Lý do không công bố")).isEqualTo("Quảng cáo, không liên quan đến dự thảo.");
        assertThat(rows.get(4).get("Nội dung góp ý")).isEqualTo(ExportScenario.PHONE_TEXT);
        assertThat(rows.get(4).get("Nội dung đã công bố (nếu có che)")).contains("█").doesNotContain("0912345678");
        assertThat(lan.get("Nội dung đã công bố (nếu có che)")).isEmpty();
    }

    @Test
    void aTextThatWouldRunAsAFormulaIsMadePlainText() throws Exception {
        List<CSVRecord> rows = csv(bytes(exports, ExportFilter.ofDraft(scenario.draft), ExportFormat.CSV, VIETNAMESE));

        assertThat(rows.get(1).get("Nội dung góp ý")).startsWith("'" + ExportScenario.FORMULA);
    }

    @Test
    void speaksEnglishWhenAskedTo() throws Exception {
        List<CSVRecord> rows = csv(bytes(exports, ExportFilter.ofDraft(scenario.draft), ExportFormat.CSV, Locale.ENGLISH));

        assertThat(rows.getFirst().get("Who commented")).isEqualTo("Individual");
        assertThat(rows.getFirst().get("Article")).isEqualTo("Article 3");
        assertThat(rows.getFirst().get("Outcome")).isEqualTo("Accepted");
        assertThat(rows.getFirst().get("Province")).isEqualTo("Ha Noi City");
    }
}
