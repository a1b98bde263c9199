package vn.gopy.benchmarks.search;

import java.util.Random;

/** How real titles are built from a subject, per document type, in Vietnamese and in English. */
final class TitlePatterns {

    private TitlePatterns() {
    }

    static String vietnamese(String type, String subject, Random r) {
        String capital = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        return switch (type) {
            case "LAW" -> r.nextBoolean() ? "Luật " + capital : "Luật sửa đổi, bổ sung một số điều của Luật " + capital;
            case "DECREE" -> switch (r.nextInt(3)) {
                case 0 -> "Nghị định quy định chi tiết một số điều của Luật " + capital;
                case 1 -> "Nghị định về " + subject;
                default -> "Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực " + subject;
            };
            case "CIRCULAR" -> r.nextBoolean() ? "Thông tư hướng dẫn " + subject : "Thông tư quy định chi tiết về " + subject;
            case "DECISION" -> r.nextBoolean() ? "Quyết định phê duyệt Đề án " + subject
                    : "Quyết định ban hành Quy chế " + subject;
            default -> "Nghị quyết về cơ chế, chính sách đặc thù đối với " + subject;
        };
    }

    static String english(String type, String subject, Random r) {
        String capital = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        return switch (type) {
            case "LAW" -> r.nextBoolean() ? "Law on " + capital : "Law amending the Law on " + capital;
            case "DECREE" -> r.nextBoolean() ? "Decree detailing the Law on " + capital : "Decree on " + subject;
            case "CIRCULAR" -> "Circular guiding " + subject;
            case "DECISION" -> "Decision approving the scheme on " + subject;
            default -> "Resolution on special mechanisms for " + subject;
        };
    }
}
