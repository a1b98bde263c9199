package vn.gopy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gopy.moderation.internal.grouping.FormLetters;

/** Empties the tables that tests write to (reference data stays), so each test starts from a known state. */
@Component
public class TestDatabase {

    private final JdbcClient jdbc;
    private final EntityManagerFactory entityManagerFactory;
    private final FormLetters formLetters;

    TestDatabase(JdbcClient jdbc, EntityManagerFactory entityManagerFactory, FormLetters formLetters) {
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
        this.formLetters = formLetters;
    }

    /**
     * Also empties the search index and the form-letter index: identities restart, and documents of deleted rows
     * would match new ones.
     */
    public void clear() {
        jdbc.sql("TRUNCATE draft, agency, staff_account, event_publication, mail_outbox, moderation_audit, alert_subscriber,"
                + " alert_request, alert_closing_mark RESTART IDENTITY CASCADE").update();
        var index = Search.mapping(entityManagerFactory).scope(Object.class).workspace();
        index.purge();
        index.refresh();
        // The form-letter index holds each draft's signatures in memory; with the ids restarted it would lend an
        // earlier test's comments to this one's.
        formLetters.forgetLoadedIndexes();
    }
}
