package vn.gopy.feedback.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.benchmarks.feedback.ExportBenchData;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.feedback.CommentExports;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.ExportFormat;

/**
 * Cancel on the export page works by its progress callback refusing to go on: the export stops where it is, and
 * the database is not kept busy writing a file nobody will download.
 */
@IntegrationTest
class StoppingAnExportTest {

    @Autowired CommentExports exports;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired DataSource dataSource;

    @AfterEach
    void nobody() {
        TestStaff.anonymous();
    }

    @Test
    void anExportStopsWhenItsProgressSaysStop() throws Exception {
        database.clear();
        long agency = drafts.agency("BXD");
        long draft = drafts.openDraft(agency, "EXPORT-STOP", 60);
        ExportBenchData.load(dataSource, draft, 5_000, 0);
        TestStaff.drafterOf(agency);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] seen = new long[1];

        assertThatThrownBy(() -> exports.write(ExportFilter.ofDraft(draft), ExportFormat.CSV, Locale.of("vi"), out,
                rows -> {
                    seen[0] = rows;
                    if (rows >= 1_000) {
                        throw new CancellationException("stop");
                    }
                })).isInstanceOf(CancellationException.class);

        assertThat(seen[0]).as("told after the first thousand rows, and not again").isEqualTo(1_000);
        // The loaded comments' tracking numbers are B1, B2, ...: each row of the file starts with one.
        long rows = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().filter(l -> l.matches("^B\\d+,.*"))
                .count();
        // Some of the first thousand may still sit in the writer's buffer; none of the last three thousand is written.
        assertThat(rows).as("rows written before stopping").isBetween(1L, 2_000L);
        assertThat(exports.count(ExportFilter.ofDraft(draft))).isEqualTo(5_000);
    }
}
