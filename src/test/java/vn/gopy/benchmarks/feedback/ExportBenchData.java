package vn.gopy.benchmarks.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The benchmark's comments, written straight into the application's tables with COPY (minutes with the services,
 * seconds this way): {@code confirmed} comments of one draft (60 % published, 25 % awaiting moderation, 15 % not
 * published with a reason) of 300 to 800 characters recombined from the phrases of the search benchmark, plus
 * {@code unconfirmed} ones that no export may show; then answers for a third of the published ones, 5 % of
 * the comments in 40 form-letter groups, and 2 % published with a masked text.
 */
public final class ExportBenchData {

    private static final String[] KINDS = {"INDIVIDUAL", "INDIVIDUAL", "INDIVIDUAL", "INDIVIDUAL", "BUSINESS",
            "BUSINESS", "ASSOCIATION", "RESEARCH", "PUBLIC_BODY", "OTHER"};
    private static final String[] PROVINCES = {"ha-noi", "ho-chi-minh", "hai-phong", "hue", null};
    private static final String COLUMNS = "tracking_number, draft_id, draft_version, article_label, text, email,"
            + " author_name, publish_name, commenter_kind, organisation, province_code, sector_code, language, state,"
            + " submitted_at, consented_at, confirmation_token_hash, confirmation_expires_at, confirmed_at,"
            + " decided_at, decision_reason, duplicate_key, may_contact";

    private ExportBenchData() {
    }

    public static void load(DataSource dataSource, long draftId, int confirmed, int unconfirmed) throws Exception {
        Map<String, List<String>> phrases = phrases();
        Random random = new Random(20261128);
        Instant start = Instant.parse("2026-09-01T01:00:00Z");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY comment (" + COLUMNS + ") FROM STDIN");
            StringBuilder rows = new StringBuilder(1 << 21);
            for (int n = 1; n <= confirmed + unconfirmed; n++) {
                boolean isConfirmed = n <= confirmed;
                int roll = random.nextInt(100);
                String state = !isConfirmed ? "AWAITING_CONFIRMATION" : roll < 60 ? "PUBLISHED"
                        : roll < 85 ? "AWAITING_MODERATION" : "NOT_PUBLISHED";
                String kind = KINDS[random.nextInt(KINDS.length)];
                Instant submitted = start.plusSeconds(n * 5L);
                String confirmedAt = isConfirmed ? submitted.plusSeconds(600).toString() : "\\N";
                boolean decided = "PUBLISHED".equals(state) || "NOT_PUBLISHED".equals(state);
                String row = String.join("\t", "B" + n, String.valueOf(draftId), "1",
                        random.nextInt(4) == 0 ? "\\N" : String.valueOf(1 + random.nextInt(3)),
                        text(phrases, random), "nguoi" + n + "@example.vn", "Người góp ý số " + n,
                        String.valueOf(random.nextBoolean()), kind,
                        "INDIVIDUAL".equals(kind) ? "\\N" : "Tổ chức số " + (n % 5000),
                        orNull(PROVINCES[random.nextInt(PROVINCES.length)]), "BUSINESS".equals(kind) ? "F" : "\\N",
                        "vi", state, submitted.toString(), submitted.toString(), "hash-" + n,
                        submitted.plusSeconds(72 * 3600).toString(), confirmedAt,
                        decided ? submitted.plusSeconds(86_400).toString() : "\\N",
                        "NOT_PUBLISHED".equals(state) ? "Nội dung không liên quan đến dự thảo." : "\\N",
                        "dup-" + n, String.valueOf(random.nextInt(5) == 0));
                rows.append(row).append('\n');
                if (rows.length() > 1 << 20) {
                    write(copy, rows);
                }
            }
            write(copy, rows);
            copy.endCopy();
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE comment SET published_text = regexp_replace(text, '[0-9]+', '█████', 'g')"
                        + " WHERE draft_id = " + draftId + " AND state = 'PUBLISHED' AND id % 50 = 0");
                s.execute("INSERT INTO disposition (comment_id, draft_id, outcome, explanation, changed_article,"
                        + " answered_by, answered_at) SELECT id, draft_id, (ARRAY['ACCEPTED', 'PARTLY_ACCEPTED',"
                        + " 'NOT_ACCEPTED', 'NOTED'])[1 + id % 4], 'Ban soạn thảo tiếp thu và chỉnh sửa khoản 2 cho"
                        + " rõ nghĩa hơn; các nội dung khác giữ như dự thảo vì đã phù hợp với thực tiễn.',"
                        + " CASE WHEN id % 4 < 2 THEN 'Điều ' || (1 + id % 3) END, 'bxd-chuyenvien',"
                        + " decided_at + interval '3 days' FROM comment WHERE draft_id = " + draftId
                        + " AND state = 'PUBLISHED' AND id % 3 = 0");
                // 40 groups of the comments whose id is a multiple of 20, led by their first comment.
                s.execute("WITH buckets AS (SELECT id % 800 AS bucket, min(id) AS lead, count(*) AS size"
                        + " FROM comment WHERE draft_id = " + draftId + " AND id % 20 = 0"
                        + " AND state <> 'AWAITING_CONFIRMATION' GROUP BY id % 800),"
                        + " groups AS (INSERT INTO form_letter_group (draft_id, representative_comment_id, size,"
                        + " created_at) SELECT " + draftId + ", lead, size, now() FROM buckets"
                        + " RETURNING id, representative_comment_id)"
                        + " INSERT INTO form_letter_member (comment_id, group_id) SELECT c.id, g.id FROM comment c"
                        + " JOIN buckets b ON b.bucket = c.id % 800 JOIN groups g ON g.representative_comment_id = b.lead"
                        + " WHERE c.draft_id = " + draftId + " AND c.id % 20 = 0 AND c.state <> 'AWAITING_CONFIRMATION'");
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("VACUUM ANALYZE comment");
                s.execute("VACUUM ANALYZE disposition");
                s.execute("VACUUM ANALYZE form_letter_member");
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder rows) throws Exception {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static String orNull(String value) {
        return value == null ? "\\N" : value;
    }

    /** An opener, requests and reasons until the text is as long as drawn (300 to 800 characters), a closing. */
    private static String text(Map<String, List<String>> p, Random random) {
        int length = 300 + random.nextInt(501);
        StringBuilder text = new StringBuilder(pick(p.get("opener"), random));
        while (text.length() < length - 80) {
            text.append(' ').append(pick(p.get(random.nextBoolean() ? "request" : "reason"), random));
        }
        return text.append(' ').append(pick(p.get("closing"), random)).toString();
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static Map<String, List<String>> phrases() throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        try (InputStream in = ExportBenchData.class.getResourceAsStream("/benchmarks/comment-phrases-vi.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("[")) {
                    current = sections.computeIfAbsent(line.strip().substring(1, line.strip().length() - 1),
                            k -> new ArrayList<>());
                } else if (current != null && !line.isBlank() && !line.startsWith("#")) {
                    current.add(line.strip());
                }
            }
        }
        return sections;
    }
}
