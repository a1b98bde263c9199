package vn.gopy.search.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.springframework.stereotype.Component;
import vn.gopy.drafts.ConsultationWindow;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.taxonomies.Taxonomies;
import vn.gopy.taxonomies.Term;

/**
 * Result cards made from what the index stores, so that a search reads no database: status and days left
 * follow the window and the clock, agency and type names come from memory.
 */
@Component
class ResultCards {

    private final AgencyNames agencies;
    private final Taxonomies taxonomies;
    private final Clock clock;

    ResultCards(AgencyNames agencies, Taxonomies taxonomies, Clock clock) {
        this.agencies = agencies;
        this.taxonomies = taxonomies;
        this.clock = clock;
    }

    /** The stored fields a card needs, as a list for {@link #card}. */
    static ProjectionFinalStep<List<?>> projection(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(Long.class), f.field(DraftFields.REFERENCE, String.class),
                f.field(DraftFields.TITLE, String.class), f.field(DraftFields.TYPE, String.class),
                f.field(DraftFields.AGENCY, String.class), f.field(DraftFields.LANGUAGE, String.class),
                f.field(DraftFields.OPENS, Instant.class), f.field(DraftFields.CLOSES, Instant.class),
                f.field(DraftFields.PUBLISHED_AT, Instant.class), f.field(DraftFields.SUMMARY, String.class),
                f.field(DraftFields.STATUS, String.class)).asList();
    }

    DraftCard card(List<?> stored) {
        String type = (String) stored.get(3);
        Term documentType = taxonomies.documentTypes().find(type).orElse(new Term(type, type, type));
        return DraftCard.at(clock.instant(), (Long) stored.get(0), (String) stored.get(1), (String) stored.get(2),
                documentType, agencies.find(Long.parseLong((String) stored.get(4))), (String) stored.get(5), true,
                DraftStatus.REPORT_PUBLISHED.name().equals(stored.get(10)),
                new ConsultationWindow((Instant) stored.get(6), (Instant) stored.get(7)), (Instant) stored.get(8),
                (String) stored.get(9), null);
    }
}
