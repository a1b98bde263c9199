package vn.gopy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Empties the tables that tests write to (reference data stays), so each test starts from a known state. */
@Component
public class TestDatabase {

    private final JdbcClient jdbc;

    TestDatabase(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void clear() {
        jdbc.sql("TRUNCATE draft, agency, staff_account, event_publication RESTART IDENTITY CASCADE").update();
    }
}
