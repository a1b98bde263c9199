package vn.gopy.mail.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many messages into the outbox in JDBC batches: a hundred thousand digests are a few seconds of
 * inserts this way, and a minute or more one entity at a time. Only one batch is in memory at once, so a
 * caller that streams its mail from a database cursor never holds them all.
 */
@Component
public class OutboxBatches {

    private static final int BATCH = 500;
    private static final String INSERT = """
            INSERT INTO mail_outbox (recipient, template, language, subject, text_body, html_body, created_at,
                                     next_attempt_at, unsubscribe_address)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** One message, rendered. */
    public record Row(String recipient, String template, String language, MailContent content,
            String unsubscribeAddress) {
    }

    private final JdbcTemplate jdbc;

    OutboxBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts every row in the caller's transaction; returns how many. */
    public long insert(Iterator<Row> rows, Instant now) {
        long count = 0;
        List<Object[]> batch = new ArrayList<>(BATCH);
        Timestamp at = Timestamp.from(now);
        while (rows.hasNext()) {
            Row row = rows.next();
            batch.add(new Object[] {row.recipient(), row.template(), row.language(), row.content().subject(),
                row.content().text(), row.content().html(), at, at, row.unsubscribeAddress()});
            if (batch.size() == BATCH) {
                count += flush(batch);
            }
        }
        return count + flush(batch);
    }

    private int flush(List<Object[]> batch) {
        int size = batch.size();
        if (size > 0) {
            jdbc.batchUpdate(INSERT, batch);
            batch.clear();
        }
        return size;
    }
}
