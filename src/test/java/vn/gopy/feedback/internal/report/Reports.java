package vn.gopy.feedback.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.gopy.feedback.internal.report.ReceptionReport.ArticleSection;
import vn.gopy.feedback.internal.report.ReceptionReport.Count;
import vn.gopy.feedback.internal.report.ReceptionReport.Entry;
import vn.gopy.feedback.internal.report.ReceptionReport.Totals;

/** Reception reports as the feedback service would word them, on the draft revision of the 2023 Housing Law. */
final class Reports {

    static final String AGENCY = "Bộ Xây dựng";
    static final String DRAFT = "Dự thảo Luật Nhà ở (sửa đổi)";
    static final String CAMPAIGN_EXPLANATION = "Ban soạn thảo tiếp thu, bổ sung Ngưỡng diện tích tối thiểu "
            + "của căn hộ chung cư tại Hà Nội và Thành phố Hồ Chí Minh.";
    static final String UNANSWERED_COMMENT = "Đề nghị làm rõ điều kiện sở hữu nhà ở của người Việt Nam định cư "
            + "ở nước ngoài.";

    private Reports() {
    }

    static ReceptionReport vietnamese() {
        return report("vi", List.of(
                new ArticleSection("Điều 1", "Phạm vi điều chỉnh", List.of()),
                new ArticleSection("Điều 2", "Giải thích từ ngữ", List.of(
                        new Entry("Nguyễn Văn An (cá nhân, Hà Nội)", 1, "GY-2026-000101",
                                "Đề nghị giải thích rõ thế nào là \"nhà ở xã hội\" để tránh hiểu khác nhau.",
                                "Tiếp thu", "Đã bổ sung định nghĩa nhà ở xã hội tại khoản 9.",
                                "Điều 2 khoản 9"))),
                new ArticleSection("Điều 3", "Các hành vi bị nghiêm cấm", List.of(
                        new Entry("Hiệp hội Bất động sản Việt Nam (hiệp hội)", 214, "GY-2026-000144",
                                "Đề nghị quy định ngưỡng diện tích tối thiểu của căn hộ chung cư. "
                                        + "Việc cho phép căn hộ quá nhỏ làm giảm chất lượng sống của cư dân đô thị.",
                                "Tiếp thu một phần", CAMPAIGN_EXPLANATION, "Điều 3 khoản 2"),
                        new Entry("Ẩn danh (cá nhân)", 1, "GY-2026-000150",
                                "Nên cấm hành vi huy động vốn trái phép khi chưa đủ điều kiện bán nhà ở hình thành "
                                        + "trong tương lai.",
                                "Không tiếp thu", "Nội dung này đã được quy định tại Luật Kinh doanh bất động sản.",
                                null))),
                new ArticleSection("Điều 8", "Đối tượng và điều kiện được sở hữu nhà ở tại Việt Nam", List.of(
                        new Entry("Công ty Cổ phần Địa ốc Sài Gòn (doanh nghiệp, Thành phố Hồ Chí Minh)", 1,
                                "GY-2026-000177", UNANSWERED_COMMENT, null, null, null)))),
                List.of(new Entry("Trường Đại học Luật Hà Nội (cơ sở nghiên cứu)", 1, "GY-2026-000190",
                        "Dự thảo cần đánh giá kỹ tác động đến thị trường nhà ở giá rẻ.",
                        "Ghi nhận", "Ban soạn thảo ghi nhận và sẽ bổ sung vào báo cáo đánh giá tác động.", null)));
    }

    static ReceptionReport english() {
        ReceptionReport vi = vietnamese();
        return new ReceptionReport("en", vi.draftTitle(), vi.referenceNumber(), vi.agencyName(), vi.opensOn(),
                vi.closesOn(), vi.writtenOn(), List.of("Online portal", "E-mail"), vi.totals(),
                List.of(new Count("Individuals", 30), new Count("Businesses", 12)),
                List.of(new Count("Accepted", 14), new Count("Not accepted", 10)), vi.articles(),
                vi.generalComments());
    }

    /** {@code comments} comments spread over ten articles, the last one on the draft as a whole. */
    static ReceptionReport many(int comments) {
        List<ArticleSection> articles = new ArrayList<>();
        for (int a = 1; a <= 10; a++) {
            List<Entry> entries = new ArrayList<>();
            int onThisArticle = (comments - 1) / 10 + (a <= (comments - 1) % 10 ? 1 : 0);
            for (int i = 0; i < onThisArticle; i++) {
                entries.add(new Entry("Người góp ý số " + (a * 1000 + i) + " (cá nhân, Đà Nẵng)", 1, null,
                        "Ý kiến về Điều " + a + ": "
                                + "đề nghị sửa đổi câu chữ cho rõ ràng, dễ hiểu hơn với người dân. ".repeat(1 + i % 4),
                        "Tiếp thu", "Ban soạn thảo đã tiếp thu và chỉnh lý câu chữ.", null));
            }
            articles.add(new ArticleSection("Điều " + a, "Tiêu đề điều " + a, entries));
        }
        List<Entry> general = List.of(new Entry("Người góp ý cuối cùng", 1, null,
                "Ý kiến cuối cùng của báo cáo", "Ghi nhận", "Giải trình cuối cùng", null));
        return report("vi", articles, general);
    }

    static ReceptionReport empty(String language) {
        return new ReceptionReport(language, DRAFT, "125/TTr-BXD", AGENCY, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 15), List.of("Cổng góp ý trực tuyến"),
                new Totals(0, 0, 0, 0, 0), List.of(), List.of(),
                List.of(new ArticleSection("Điều 1", "Phạm vi điều chỉnh", List.of())), List.of());
    }

    private static ReceptionReport report(String language, List<ArticleSection> articles, List<Entry> general) {
        return new ReceptionReport(language, DRAFT, "125/TTr-BXD", AGENCY, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 15),
                List.of("Cổng góp ý trực tuyến", "thư điện tử", "hội thảo tại Thành phố Hồ Chí Minh"),
                new Totals(1257, 1248, 6, 3, 1245),
                List.of(new Count("Cá nhân", 1230), new Count("Doanh nghiệp", 12), new Count("Hiệp hội", 4),
                        new Count("Cơ quan nhà nước", 2)),
                List.of(new Count("Tiếp thu", 14), new Count("Tiếp thu một phần", 9),
                        new Count("Không tiếp thu", 10), new Count("Ghi nhận", 1212)),
                articles, general);
    }
}
