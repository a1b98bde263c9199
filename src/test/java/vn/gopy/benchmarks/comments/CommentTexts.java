package vn.gopy.benchmarks.comments;

import java.util.Random;

/** Comment-like Vietnamese text of a realistic length (two to six sentences, 300 to 900 characters). */
final class CommentTexts {

    private static final String[] SENTENCES = {
            "Đề nghị Ban soạn thảo làm rõ khái niệm này để tránh cách hiểu khác nhau khi áp dụng.",
            "Quy định như dự thảo sẽ làm tăng chi phí tuân thủ cho doanh nghiệp nhỏ và vừa.",
            "Tôi đề nghị bổ sung thời hạn cụ thể cho cơ quan nhà nước khi giải quyết thủ tục.",
            "Cần có quy định chuyển tiếp cho các hồ sơ đã nộp trước ngày Luật có hiệu lực.",
            "Mức phạt đề xuất chưa tương xứng với tính chất và mức độ của hành vi vi phạm.",
            "Đề nghị cho phép nộp hồ sơ trực tuyến và trả kết quả qua dịch vụ bưu chính công ích.",
            "Việc giao Chính phủ quy định chi tiết cần nêu rõ phạm vi để bảo đảm tính minh bạch.",
            "Hộ kinh doanh ở vùng nông thôn khó đáp ứng yêu cầu này trong thời gian ngắn.",
            "Tôi hoàn toàn đồng ý với nội dung điều này và đề nghị giữ nguyên như dự thảo.",
            "Đề nghị lấy thêm ý kiến của các hiệp hội ngành nghề trước khi trình Quốc hội."};

    private CommentTexts() {
    }

    static String paragraph(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : (random.nextInt(4) == 0 ? "\n\n" : " ")).append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        return text.toString();
    }
}
