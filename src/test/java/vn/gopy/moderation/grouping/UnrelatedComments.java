package vn.gopy.moderation.grouping;

import java.util.Random;

/**
 * Comments that are nobody's copy: two to seven sentences put together from many openings, subjects, claims and
 * details with numbers, names and places. Many are about the same draft as the campaigns and use their words;
 * some quote a sentence of a campaign letter, and some are the few words everybody writes ("Tôi đồng ý.").
 */
final class UnrelatedComments {

    private static final String[] OPENINGS = {"Tôi đề nghị", "Theo tôi,", "Đề nghị Ban soạn thảo xem xét lại",
            "Tôi thấy rằng", "Cần làm rõ", "Chúng tôi kiến nghị sửa", "Ở địa phương tôi,", "Thực tế cho thấy",
            "Qua nhiều năm làm nghề, tôi nhận thấy", "Hiệp hội chúng tôi cho rằng", "Xin hỏi vì sao",
            "Tôi không đồng ý rằng", "Rất mong Bộ cân nhắc", "Về mặt kỹ thuật lập pháp,", "Người dân chúng tôi lo ngại",
            "Doanh nghiệp của tôi nhận thấy", "Tôi hoan nghênh việc", "Đề xuất giữ nguyên", "Có ý kiến cho rằng",
            "Cần bổ sung", "Theo kinh nghiệm của tôi,", "Tôi là giáo viên và thấy", "Là luật sư, tôi cho rằng",
            "Với tư cách chủ đầu tư, chúng tôi thấy", "Tổ dân phố chúng tôi đã họp và thống nhất rằng"};
    private static final String[] SUBJECTS = {"quy định về nhà ở xã hội", "thủ tục cấp giấy chứng nhận quyền sở hữu",
            "điều kiện mua nhà ở xã hội", "thời hạn sở hữu nhà chung cư", "phí bảo trì nhà chung cư",
            "việc cải tạo khu tập thể cũ", "giá thuê nhà ở công vụ", "quy hoạch khu đô thị mới", "hợp đồng mua bán nhà ở",
            "việc người nước ngoài sở hữu nhà ở", "quỹ đất dành cho nhà ở công nhân", "hồ sơ xin cấp phép xây dựng",
            "bồi thường khi thu hồi đất", "thuế thu nhập cá nhân", "bảo hiểm xã hội tự nguyện", "học phí mầm non",
            "việc đăng ký hộ kinh doanh", "an toàn thực phẩm ở chợ", "phòng cháy chữa cháy ở nhà trọ",
            "khoản 2 Điều 15", "điểm b khoản 1 Điều 7", "Điều 42 về ban quản trị", "chương về quản lý vận hành",
            "trách nhiệm của chủ đầu tư", "nghĩa vụ tài chính của người mua", "việc kiểm định chất lượng công trình",
            "giải thích từ ngữ tại Điều 3", "thẩm quyền của ủy ban nhân dân cấp huyện", "cơ sở dữ liệu về nhà ở",
            "chính sách cho người có công", "tiêu chí xác định hộ nghèo", "quy chuẩn thiết kế căn hộ",
            "nhà ở riêng lẻ tại nông thôn", "việc chuyển nhượng dự án", "tiến độ giải ngân vốn ưu đãi",
            "lãi suất cho vay mua nhà", "việc thế chấp nhà ở hình thành trong tương lai", "chỗ để xe trong chung cư",
            "diện tích sinh hoạt cộng đồng", "nhà ở cho lực lượng vũ trang", "thủ tục trực tuyến mức độ bốn",
            "chế tài xử phạt vi phạm hành chính", "quy định chuyển tiếp", "hiệu lực thi hành", "việc thu phí dịch vụ",
            "quyền của người thuê nhà", "điều kiện kinh doanh bất động sản", "trách nhiệm của sàn giao dịch",
            "vai trò của mặt trận tổ quốc", "việc lấy ý kiến cộng đồng dân cư"};
    private static final String[] CLAIMS = {"còn chồng chéo với luật khác", "cần được quy định chi tiết hơn",
            "đang gây khó khăn cho người dân", "nên giao cho chính quyền cấp xã", "chưa phù hợp với thực tiễn",
            "làm tăng chi phí tuân thủ", "dễ bị lợi dụng để trục lợi", "cần có lộ trình thực hiện rõ ràng",
            "là hợp lý và nên giữ nguyên", "thiếu cơ chế giám sát độc lập", "mâu thuẫn với Bộ luật Dân sự",
            "chưa tính đến người thuê nhà", "cần số liệu đánh giá tác động", "nên áp dụng thí điểm trước",
            "khiến thủ tục kéo dài thêm", "chưa bảo vệ được người mua", "cần được công khai minh bạch",
            "vượt quá khả năng của ngân sách địa phương", "nên chuyển sang nghị định hướng dẫn",
            "đã lạc hậu so với thị trường", "thiếu quy định về trách nhiệm bồi thường", "có thể gây ách tắc hồ sơ",
            "không rõ cơ quan nào chịu trách nhiệm", "cần tham khảo kinh nghiệm quốc tế", "sẽ đẩy giá nhà lên cao",
            "bất lợi cho doanh nghiệp nhỏ", "cần thống nhất cách hiểu", "không khả thi ở miền núi",
            "nên bỏ vì không cần thiết", "cần bổ sung chế tài đủ mạnh"};
    private static final String[] REASONS = {"vì người dân không biết hỏi ai", "bởi thủ tục hiện nay quá rườm rà",
            "do thiếu cán bộ chuyên môn", "vì giá đất đã tăng gấp đôi", "nhất là với người cao tuổi",
            "vì nhiều hộ không có giấy tờ gốc", "do quy hoạch thay đổi liên tục", "bởi doanh nghiệp phải chờ quá lâu",
            "khi ngân sách còn hạn hẹp", "nhất là ở vùng sâu vùng xa", "vì chưa có hướng dẫn thống nhất",
            "do các sở ngành hiểu khác nhau", "vì hợp đồng mẫu còn thiếu", "bởi người thuê không có tiếng nói",
            "trong bối cảnh lãi suất tăng", "vì thị trường đang trầm lắng", "khi dân số đô thị tăng nhanh",
            "do hạ tầng chưa theo kịp", "vì tranh chấp ngày càng nhiều", "bởi chi phí công chứng cao",
            "nhất là với lao động tự do", "vì người mua luôn ở thế yếu", "do thông tin dự án không công khai",
            "vì nhiều chung cư đã quá tuổi thọ", "bởi việc kiểm tra sau cấp phép còn lỏng lẻo"};
    private static final String[] DETAILS = {"tại %s", "từ năm %d", "với khoảng %d hộ dân", "như trường hợp của ông %s",
            "trong %d tháng qua", "ở phường %d", "theo số liệu năm %d", "đối với khoảng %d doanh nghiệp",
            "như bà %s ở %s đã phản ánh", "khi giá đã tăng %d phần trăm", "tại dự án có %d căn hộ", "ở xã %s",
            "sau %d lần nộp hồ sơ", "vì tôi đã chờ %d ngày", "đối với căn hộ %d mét vuông"};
    private static final String[] SHORT = {"Tôi đồng ý.", "Đồng ý", "Tôi đồng ý với dự thảo.", "Tôi phản đối.",
            "Nhất trí với dự thảo.", "Không đồng ý.", "Đồng ý với Điều 5.", "Rất tốt, cảm ơn Ban soạn thảo."};

    private UnrelatedComments() {
    }

    static String next(Random random) {
        int kind = random.nextInt(100);
        if (kind < 5) {
            return SHORT[random.nextInt(SHORT.length)];
        }
        StringBuilder text = new StringBuilder();
        boolean quotes = kind < 20; // every seventh quotes a sentence of a campaign letter, and discusses it
        int sentences = quotes ? 4 + random.nextInt(4) : 2 + random.nextInt(6);
        int quoted = quotes ? random.nextInt(sentences) : -1;
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(i == quoted ? campaignSentence(random) : sentence(random));
        }
        return text.toString();
    }

    private static String sentence(Random random) {
        String sentence = pick(OPENINGS, random) + " " + pick(SUBJECTS, random) + " " + pick(CLAIMS, random);
        if (random.nextInt(2) == 0) {
            sentence += ", " + pick(REASONS, random);
        }
        if (random.nextInt(3) > 0) {
            sentence += " " + detail(random);
        }
        return sentence + ".";
    }

    private static String detail(Random random) {
        String detail = pick(DETAILS, random);
        Object[] values = new Object[2];
        for (int i = 0; i < 2; i++) {
            values[i] = detail.contains("%s") && i == 0
                    ? (detail.contains("ông") || detail.contains("bà") ? CampaignLetters.name(random)
                            : pick(CampaignLetters.PLACES, random))
                    : detail.contains("%d") ? (Object) (1 + random.nextInt(2030)) : pick(CampaignLetters.PLACES, random);
        }
        return String.format(detail, values);
    }

    private static String campaignSentence(Random random) {
        String[] sentences = pick(CampaignLetters.LETTERS.toArray(String[]::new), random).split("(?<=\\.) ");
        return pick(sentences, random);
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
