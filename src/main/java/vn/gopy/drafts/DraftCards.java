package vn.gopy.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.taxonomies.Taxonomies;
import vn.gopy.taxonomies.Term;

/** Turns drafts into cards, resolving agency and document type names once per list. */
@Component
class DraftCards {

    private final AgencyService agencies;
    private final Taxonomies taxonomies;

    DraftCards(AgencyService agencies, Taxonomies taxonomies) {
        this.agencies = agencies;
        this.taxonomies = taxonomies;
    }

    List<DraftCard> of(List<Draft> drafts, Instant now) {
        Map<Long, AgencySummary> byId = agencies.all().stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        return drafts.stream().map(d -> card(d, byId.get(d.getAgencyId()), now)).toList();
    }

    DraftCard of(Draft draft, Instant now) {
        return card(draft, agencies.find(draft.getAgencyId()).orElse(null), now);
    }

    private DraftCard card(Draft d, AgencySummary agency, Instant now) {
        ConsultationWindow w = d.window();
        Term type = taxonomies.documentTypes().find(d.getDocumentTypeCode())
                .orElse(new Term(d.getDocumentTypeCode(), d.getDocumentTypeCode(), d.getDocumentTypeCode()));
        return DraftCard.at(now, d.getId(), d.getReferenceNumber(), d.getTitle(), type, agency, d.getLanguage(),
                d.getStatus().isPublic(), d.getStatus() == DraftStatus.REPORT_PUBLISHED, w, d.getPublishedAt(), d.getSummary(), d.getUpdatedAt());
    }
}
