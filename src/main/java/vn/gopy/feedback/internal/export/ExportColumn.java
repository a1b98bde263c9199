package vn.gopy.feedback.internal.export;

/**
 * The columns of an export, in order, with their headers ({@code feedback.export.column.*}) and their width in
 * characters in a workbook (set, not measured: measuring a million rows would cost more than the export).
 */
enum ExportColumn {
    TRACKING_NUMBER("tracking-number", 14),
    DRAFT("draft", 18),
    SUBMITTED_AT("submitted-at", 17),
    CONFIRMED_AT("confirmed-at", 17),
    KIND("kind", 16),
    ORGANISATION("organisation", 24),
    NAME("name", 20),
    EMAIL("email", 26),
    PROVINCE("province", 16),
    SECTOR("sector", 24),
    ARTICLE("article", 10),
    TEXT("text", 80),
    PUBLISHED_TEXT("published-text", 60),
    STATE("state", 16),
    REASON("reason", 30),
    GROUP("group", 10),
    GROUP_SIZE("group-size", 10),
    OUTCOME("outcome", 16),
    EXPLANATION("explanation", 60),
    CHANGED_ARTICLE("changed-article", 14),
    ANSWERED_BY("answered-by", 16),
    ANSWERED_AT("answered-at", 17);

    private final String key;
    private final int width;

    ExportColumn(String key, int width) {
        this.key = key;
        this.width = width;
    }

    String headerKey() {
        return "feedback.export.column." + key;
    }

    int width() {
        return width;
    }
}
