package vn.gopy.moderation.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Form letters of four campaigns about one draft (the Housing Law), and their variants as people send them: the
 * greeting changed or dropped, a signature with a name and a place, a few words added, removed or swapped, and
 * sometimes a sentence of their own. The four letters share the draft's vocabulary on purpose.
 */
final class CampaignLetters {

    static final List<String> LETTERS = List.of(
            // 0: social housing for workers (about 130 words)
            "Tôi là công nhân đang làm việc tại khu công nghiệp và đã thuê nhà trọ hơn mười năm nay. Tôi đề nghị Ban "
                    + "soạn thảo giữ quy định cho phép người lao động có thu nhập thấp được mua nhà ở xã hội mà không "
                    + "cần xác nhận nơi cư trú tại tỉnh có dự án. Thủ tục xác nhận thu nhập hiện nay quá phức tạp, "
                    + "người lao động phải xin giấy của nhiều nơi và mất nhiều ngày nghỉ không lương. Tôi cũng đề nghị "
                    + "quy định rõ thời hạn cơ quan có thẩm quyền phải trả lời hồ sơ, tối đa là mười lăm ngày làm việc. "
                    + "Nhà nước cần dành ít nhất hai mươi phần trăm quỹ đất của mỗi khu công nghiệp để xây nhà ở cho "
                    + "công nhân, với giá thuê phù hợp với mức lương tối thiểu vùng. Nếu không có những quy định này, "
                    + "chính sách nhà ở xã hội sẽ chỉ nằm trên giấy và những người cần nhà nhất sẽ không được hưởng.",
            // 1: against a fixed term for apartment ownership (about 90 words)
            "Tôi kiên quyết phản đối việc quy định thời hạn sở hữu nhà chung cư trong dự thảo Luật Nhà ở sửa đổi. Gia "
                    + "đình tôi đã dành dụm cả đời để mua một căn hộ, nay lại lo rằng sau năm mươi năm căn hộ sẽ bị thu "
                    + "hồi khi tòa nhà xuống cấp. Quyền sở hữu nhà ở là quyền dân sự cơ bản đã được Hiến pháp bảo đảm. "
                    + "Đề nghị bỏ hẳn quy định này và thay bằng trách nhiệm kiểm định, bảo trì định kỳ của chủ đầu tư và "
                    + "ban quản trị tòa nhà.",
            // 2: renovating old apartment buildings (about 200 words)
            "Là cư dân của một khu tập thể cũ được xây từ những năm bảy mươi, tôi xin góp ý về chương cải tạo, xây "
                    + "dựng lại nhà chung cư. Nhiều khu tập thể ở các thành phố lớn đã xuống cấp nghiêm trọng, tường nứt, "
                    + "mái dột, hệ thống điện nước mục nát, nhưng dự án cải tạo chậm trễ hàng chục năm vì không thỏa "
                    + "thuận được với chủ đầu tư. Tôi đề nghị dự thảo quy định rõ hệ số bồi thường tối thiểu, theo đó mỗi "
                    + "hộ được nhận căn hộ mới có diện tích không nhỏ hơn một phẩy hai lần diện tích cũ. Trong thời gian "
                    + "cải tạo, chủ đầu tư phải bố trí chỗ ở tạm cư gần nơi ở cũ để con cái chúng tôi không phải chuyển "
                    + "trường. Khi đa số cư dân đã đồng ý thì chính quyền địa phương cần có thẩm quyền quyết định để dự "
                    + "án không bị kéo dài vì một vài hộ. Đồng thời, cần công khai phương án bồi thường, hỗ trợ, tái định "
                    + "cư trên cổng thông tin của ủy ban nhân dân cấp tỉnh ít nhất ba mươi ngày trước khi lấy ý kiến cư "
                    + "dân. Người cao tuổi và người khuyết tật phải được ưu tiên bố trí căn hộ ở các tầng thấp. Tôi tin "
                    + "rằng những quy định cụ thể như vậy sẽ giúp hàng trăm nghìn gia đình sớm có chỗ ở an toàn và tránh "
                    + "khiếu kiện kéo dài.",
            // 3: rental housing and deposits (about 110 words)
            "Tôi đề nghị bổ sung vào dự thảo Luật Nhà ở một điều riêng về cho thuê nhà ở, vì hàng triệu sinh viên và "
                    + "người lao động đang phải thuê nhà mà không có hợp đồng rõ ràng. Luật cần quy định tiền đặt cọc "
                    + "không vượt quá hai tháng tiền thuê và phải được hoàn trả trong vòng bảy ngày khi kết thúc hợp "
                    + "đồng. Chủ nhà chỉ được tăng giá thuê một lần mỗi năm và phải báo trước ít nhất ba mươi ngày. Nhà "
                    + "trọ phải bảo đảm điều kiện phòng cháy chữa cháy và diện tích tối thiểu cho mỗi người ở. Cơ quan "
                    + "quản lý cần có đường dây nóng để người thuê phản ánh khi quyền lợi của mình bị xâm phạm.");

    private static final String[] GREETINGS = {"Kính gửi Ban soạn thảo,", "Kính thưa Bộ Xây dựng,",
            "Kính gửi Quý cơ quan,", "Thưa Ban soạn thảo dự thảo Luật,", "", ""};
    private static final String[] CLOSINGS = {"Trân trọng,", "Xin cảm ơn,", "Xin chân thành cảm ơn!", "Kính thư,", ""};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Thu", "Hữu", ""};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Hương",
            "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Yến"};
    static final String[] PLACES = {"Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Bắc Ninh",
            "Bình Dương", "Đồng Nai", "Nghệ An", "Thanh Hóa", "Huế", "Quảng Ninh", "Long An", "Khánh Hòa"};
    private static final String[] EXTRA_WORDS = {"rất", "thực sự", "cũng", "hoàn toàn", "nhất định", "thật sự",
            "cần", "đã", "vẫn", "luôn"};
    private static final String[] OWN_SENTENCES = {"Gia đình tôi có %d người đang sống trong căn phòng %d mét vuông.",
            "Tôi đã chờ đợi quy định này suốt %d năm.", "Khu phố tôi ở có %d hộ cùng chung ý kiến này.",
            "Con tôi năm nay %d tuổi và cần một chỗ ở ổn định.", "Tôi mong Quốc hội lắng nghe ý kiến của người dân.",
            "Đây là nguyện vọng chính đáng của rất nhiều người lao động.", "Xin hãy xem xét ý kiến này một cách nghiêm túc."};

    private CampaignLetters() {
    }

    /** A copy of letter {@code letter} as one more person sends it. */
    static String variant(int letter, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(LETTERS.get(letter).split(" ")));
        int edits = random.nextInt(5);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(words.size() - 1);
            switch (random.nextInt(3)) {
                case 0 -> words.add(at, EXTRA_WORDS[random.nextInt(EXTRA_WORDS.length)]);
                case 1 -> words.remove(at);
                default -> words.set(at, words.set(at + 1, words.get(at)));
            }
        }
        String body = String.join(" ", words);
        if (random.nextInt(3) == 0) {
            body = body + " " + String.format(OWN_SENTENCES[random.nextInt(OWN_SENTENCES.length)],
                    2 + random.nextInt(30), 10 + random.nextInt(40));
        }
        String greeting = GREETINGS[random.nextInt(GREETINGS.length)];
        String closing = CLOSINGS[random.nextInt(CLOSINGS.length)];
        String signature = random.nextInt(4) == 0 ? "" : "\n" + name(random) + ", " + PLACES[random.nextInt(PLACES.length)];
        return (greeting.isEmpty() ? "" : greeting + "\n") + body + (closing.isEmpty() ? "" : "\n" + closing) + signature;
    }

    static String name(Random random) {
        String middle = MIDDLE[random.nextInt(MIDDLE.length)];
        return FAMILY[random.nextInt(FAMILY.length)] + (middle.isEmpty() ? "" : " " + middle) + " "
                + GIVEN[random.nextInt(GIVEN.length)];
    }
}
