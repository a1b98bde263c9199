package vn.gopy.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the PostgreSQL database named in a JDBC URL when it does not exist yet. */
final class DatabaseCreator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([A-Za-z0-9_]+)(\\?.*)?$");
    private static final String UNDEFINED_DATABASE = "3D000";

    private DatabaseCreator() {
    }

    static void ensureExists(String url, String username, String password) {
        Matcher m = POSTGRES_URL.matcher(url);
        if (!m.matches()) {
            return; // not a plain PostgreSQL URL: leave it to whoever configured it
        }
        try (Connection ignored = DriverManager.getConnection(url, username, password)) {
            return;
        } catch (SQLException e) {
            if (!UNDEFINED_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot connect to PostgreSQL at " + url + " as '" + username
                        + "': " + e.getMessage() + ". Check GOPY_DB_URL, GOPY_DB_USER and GOPY_DB_PASSWORD.", e);
            }
        }
        String database = m.group(2);
        String maintenanceUrl = m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = DriverManager.getConnection(maintenanceUrl, username, password)) {
            c.createStatement().execute("CREATE DATABASE \"" + database + "\" ENCODING 'UTF8'");
            log.info("Created the database '{}'", database);
        } catch (SQLException e) {
            throw new IllegalStateException("The database '" + database + "' does not exist and could not be created as '"
                    + username + "': " + e.getMessage() + ". Create it, or give that user the CREATEDB right.", e);
        }
    }
}
