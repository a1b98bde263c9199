package vn.gopy.benchmarks.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.drafts.TextRecognition;

/**
 * Empties the application's tables and fills them straight through COPY, bypassing the services (and so
 * the search index, which the benchmark rebuilds and times afterwards): the agencies, the 31 demo drafts
 * (ids 1 to 31), the generated drafts (ids from 1001) and the comments.
 */
final class BenchDataLoader {

    static final long FIRST_GENERATED_ID = 1001;
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TextRecognition recognition;
    private final Report report;

    BenchDataLoader(DataSource dataSource, TextRecognition recognition, Report report) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.recognition = recognition;
        this.report = report;
    }

    void load(BenchSettings settings) throws Exception {
        long started = System.nanoTime();
        jdbc.execute("TRUNCATE draft, agency, staff_account, event_publication RESTART IDENTITY CASCADE");
        Map<String, Long> agencies = loadAgencies();
        Instant now = Instant.now();
        List<BenchDraft> demo = DemoDraftSource.read(recognition, agencies, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        TextPools vi = TextPools.of(demo, "vi");
        TextPools en = TextPools.of(demo, "en");
        report.line("Text pools: vi %s; en %s", vi.summary(), en.summary());
        DraftGenerator generator = new DraftGenerator(vi, en,
                List.copyOf(agencies.values()), List.copyOf(agencies.keySet()),
                jdbc.queryForList("SELECT code FROM province ORDER BY position", String.class),
                jdbc.queryForList("SELECT code FROM citizen_group ORDER BY position", String.class), now, settings.seed());
        DraftWriter writer = new DraftWriter();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            writer.write(connection, demo);
            for (long first = FIRST_GENERATED_ID; first < FIRST_GENERATED_ID + settings.drafts(); first += BATCH) {
                List<BenchDraft> batch = new ArrayList<>(BATCH);
                for (long id = first; id < Math.min(first + BATCH, FIRST_GENERATED_ID + settings.drafts()); id++) {
                    batch.add(generator.draft(id));
                }
                writer.write(connection, batch);
            }
            connection.commit();
        }
        for (String table : List.of("agency", "draft", "draft_version", "text_block")) {
            jdbc.queryForObject("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), max(id)) FROM " + table,
                    Long.class);
        }
        long draftsDone = System.nanoTime();
        report.line("Load: %d drafts (%d demo + %d generated), %d versions, %d text blocks of which %d articles, "
                + "%.1f MB of text, in %.1f s", writer.drafts, demo.size(), settings.drafts(), writer.versions,
                writer.blocks, writer.articles, writer.textChars / 1e6, (draftsDone - started) / 1e9);
        long comments = new CommentLoader(dataSource, settings.seed()).load(settings.comments(),
                jdbc.queryForList("SELECT id FROM draft WHERE status <> 'DRAFT' ORDER BY id", Long.class), vi.clauses());
        long commentsDone = System.nanoTime();
        report.line("Load: %d comments into bench_comment in %.1f s", comments, (commentsDone - draftsDone) / 1e9);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
        report.line("Load: VACUUM ANALYZE in %.1f s; total load %.1f s", (System.nanoTime() - commentsDone) / 1e9,
                (System.nanoTime() - started) / 1e9);
    }

    /** The demo's 17 ministries, with ids 1 to 17 in the file's order. */
    private Map<String, Long> loadAgencies() throws IOException {
        Map<String, Long> ids = new TreeMap<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/agencies.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            long id = 1;
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                jdbc.update("INSERT INTO agency (id, code, name_vi, name_en, website, active, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, TRUE, now())", id, r.get("code"), r.get("name_vi"), r.get("name_en"),
                        r.get("website").isBlank() ? null : r.get("website"));
                ids.put(r.get("code"), id++);
            }
        }
        return ids;
    }

    /** Writes drafts table by table, a batch at a time, so that every child row finds its parent. */
    private static final class DraftWriter {
        long drafts;
        long versions;
        long blocks;
        long articles;
        long textChars;

        void write(Connection c, List<BenchDraft> batch) throws SQLException {
            try (CopyStream draft = new CopyStream(c, "draft", "id, reference_number, title, document_type_code, "
                    + "agency_id, language, summary, status, opens_at, closes_at, published_at, created_at, updated_at")) {
                for (BenchDraft d : batch) {
                    Instant created = (d.publishedAt() == null ? Instant.now() : d.publishedAt()).minusSeconds(864_000);
                    draft.cell(d.id()).cell(d.reference()).cell(d.title()).cell(d.type()).cell(d.agencyId())
                            .cell(d.language()).cell(d.summary()).cell(d.status()).cell(d.opensAt()).cell(d.closesAt())
                            .cell(d.publishedAt()).cell(created).cell(created).endRow();
                    drafts++;
                }
            }
            try (CopyStream topic = new CopyStream(c, "draft_topic", "draft_id, position, topic")) {
                for (BenchDraft d : batch) {
                    for (int i = 0; i < d.topics().size(); i++) {
                        topic.cell(d.id()).cell(i).cell(d.topics().get(i)).endRow();
                    }
                }
            }
            codes(c, batch, "draft_sector", "sector_code", BenchDraft::sectors);
            codes(c, batch, "draft_business_size", "size", BenchDraft::sizes);
            codes(c, batch, "draft_province", "province_code", BenchDraft::provinces);
            codes(c, batch, "draft_citizen_group", "group_code", BenchDraft::groups);
            try (CopyStream item = new CopyStream(c, "draft_impact_item",
                    "draft_id, position, kind, affected_party, description, amount_vnd, amount_note")) {
                for (BenchDraft d : batch) {
                    for (int i = 0; i < d.impactItems().size(); i++) {
                        String[] r = d.impactItems().get(i);
                        String amount = r.length > 3 ? r[3].replaceAll("[^0-9]", "") : "";
                        item.cell(d.id()).cell(i).cell(r[0]).cell(r[1]).cell(r.length > 2 ? r[2] : "")
                                .cell(amount.isEmpty() ? null : amount).cell(r.length > 4 ? r[4] : null).endRow();
                    }
                }
            }
            try (CopyStream procedure = new CopyStream(c, "draft_procedure_change",
                    "draft_id, position, change_type, name, description")) {
                for (BenchDraft d : batch) {
                    for (int i = 0; i < d.procedures().size(); i++) {
                        String[] r = d.procedures().get(i);
                        procedure.cell(d.id()).cell(i).cell(r[0]).cell(r[1]).cell(r.length > 2 ? r[2] : null).endRow();
                    }
                }
            }
            writeText(c, batch);
        }

        private void writeText(Connection c, List<BenchDraft> batch) throws SQLException {
            long firstVersion = versions + 1;
            try (CopyStream version = new CopyStream(c, "draft_version",
                    "id, draft_id, number, change_note, published_at, created_at")) {
                for (BenchDraft d : batch) {
                    for (int n = 1; n <= d.versions().size(); n++) {
                        Instant at = d.publishedAt() == null ? null : d.publishedAt().plusSeconds(n - 1L);
                        version.cell(++versions).cell(d.id()).cell(n).cell(n > 1 ? "Dự thảo " + n : null).cell(at)
                                .cell(at == null ? Instant.now() : at).endRow();
                    }
                }
            }
            long versionId = firstVersion;
            try (CopyStream block = new CopyStream(c, "text_block", "id, version_id, position, kind, label, title, body")) {
                for (BenchDraft d : batch) {
                    for (List<TextBlockData> text : d.versions()) {
                        int position = 0;
                        for (TextBlockData b : text) {
                            block.cell(++blocks).cell(versionId).cell(position++).cell(b.kind().name())
                                    .cell(b.label().isEmpty() ? null : b.label()).cell(b.title().isEmpty() ? null : b.title())
                                    .cell(b.body()).endRow();
                            articles += b.isArticle() ? 1 : 0;
                            textChars += b.title().length() + b.body().length();
                        }
                        versionId++;
                    }
                }
            }
        }

        private static void codes(Connection c, List<BenchDraft> batch, String table, String column,
                java.util.function.Function<BenchDraft, java.util.Set<String>> values) throws SQLException {
            try (CopyStream copy = new CopyStream(c, table, "draft_id, " + column)) {
                for (BenchDraft d : batch) {
                    for (String value : values.apply(d)) {
                        copy.cell(d.id()).cell(value).endRow();
                    }
                }
            }
        }
    }
}
