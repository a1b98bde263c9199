package vn.gopy.outreach.alerts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftPage;
import vn.gopy.outreach.alerts.AlertKind;
import vn.gopy.outreach.alerts.TopicKind;
import vn.gopy.search.ImpactProfile;
import vn.gopy.search.SearchService;
import vn.gopy.taxonomies.Term;

/**
 * Finds the subscribers a draft's news concerns and stores one waiting alert for each, however many of their
 * topics match. The rules: an agency, a document type, a sector match the draft's own; a province matches a
 * draft that names it (a nationwide draft does not: it would make a province the same as "everything"); a
 * saved search matches when the search finds the draft; a profile when the "what affects me" rules say it
 * concerns the profile (there a nationwide draft does concern every province, as on that page).
 */
@Component
class DraftMatcher {

    private final DraftCatalog catalog;
    private final SearchService search;
    private final JdbcClient jdbc;

    DraftMatcher(DraftCatalog catalog, SearchService search, JdbcClient jdbc) {
        this.catalog = catalog;
        this.search = search;
        this.jdbc = jdbc;
    }

    /** Stores the alerts (in the caller's transaction); returns how many subscribers get one. */
    int match(long draftId, AlertKind kind, Instant now) {
        DraftPage page = catalog.page(draftId, null);
        List<String> searches = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        for (var topic : followedQueries()) {
            if (topic.kind() == TopicKind.SEARCH && search.finds(TopicCatalog.search(topic.value()), draftId)) {
                searches.add(topic.value());
            } else if (topic.kind() == TopicKind.PROFILE && search.affects(
                    ImpactProfile.fromParameters(QueryString.decode(topic.value())), draftId)) {
                profiles.add(topic.value());
            }
        }
        return jdbc.sql("""
                INSERT INTO alert_pending (subscriber_id, draft_id, kind, title, reference, closes_at, created_at)
                SELECT DISTINCT t.subscriber_id, CAST(:draft AS BIGINT), CAST(:kind AS TEXT), CAST(:title AS TEXT),
                    CAST(:reference AS TEXT), CAST(:closes AS TIMESTAMPTZ), CAST(:now AS TIMESTAMPTZ)
                FROM alert_topic t JOIN alert_subscriber s ON s.id = t.subscriber_id
                WHERE s.unsubscribed_at IS NULL AND (
                    (t.kind = 'AGENCY' AND t.value = :agency)
                    OR (t.kind = 'DOCUMENT_TYPE' AND t.value = :type)
                    OR (t.kind = 'SECTOR' AND t.value = ANY(:sectors))
                    OR (t.kind = 'PROVINCE' AND t.value = ANY(:provinces))
                    OR (t.kind = 'SEARCH' AND t.value = ANY(:searches))
                    OR (t.kind = 'PROFILE' AND t.value = ANY(:profiles)))
                ON CONFLICT DO NOTHING""")
                .param("draft", draftId).param("kind", kind.name()).param("title", page.card().title())
                .param("reference", page.card().referenceNumber())
                .param("closes", page.card().closesAt() == null ? null : Timestamp.from(page.card().closesAt()))
                .param("now", Timestamp.from(now)).param("agency", page.card().agency().code())
                .param("type", page.card().documentType().code())
                .param("sectors", codes(page.impact().sectors())).param("provinces", codes(page.impact().provinces()))
                .param("searches", searches.toArray(String[]::new)).param("profiles", profiles.toArray(String[]::new))
                .update();
    }

    private record Query(TopicKind kind, String value) {}

    /** Each saved search and profile once, however many follow it: one question to the index each. */
    private List<Query> followedQueries() {
        return jdbc.sql("SELECT DISTINCT t.kind, t.value FROM alert_topic t JOIN alert_subscriber s"
                + " ON s.id = t.subscriber_id WHERE t.kind IN ('SEARCH', 'PROFILE') AND s.unsubscribed_at IS NULL")
                .query((rs, n) -> new Query(TopicKind.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    private static String[] codes(List<Term> terms) {
        return terms.stream().map(Term::code).toArray(String[]::new);
    }
}
