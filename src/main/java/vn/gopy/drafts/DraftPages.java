package vn.gopy.drafts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.gopy.taxonomies.Taxonomies;
import vn.gopy.taxonomies.Taxonomy;
import vn.gopy.taxonomies.Term;

/** Assembles a draft's page from the aggregate and one version's text. */
@Component
class DraftPages {

    private final DraftCards cards;
    private final Taxonomies taxonomies;

    DraftPages(DraftCards cards, Taxonomies taxonomies) {
        this.cards = cards;
        this.taxonomies = taxonomies;
    }

    DraftPage of(Draft draft, DraftVersion version, List<TextBlockView> text, Instant now) {
        boolean preview = !draft.getStatus().isPublic();
        List<VersionInfo> versions = draft.versions().all().stream()
                .filter(v -> v.isPublished() || preview)
                .map(v -> new VersionInfo(v.getNumber(), v.getPublishedAt(), v.getChangeNote())).toList();
        VersionInfo shown = new VersionInfo(version.getNumber(), version.getPublishedAt(), version.getChangeNote());
        List<AttachmentInfo> attachments = draft.attachments().stream().map(Attachment::info).toList();
        return new DraftPage(cards.of(draft, now), draft.getTopics(), impact(draft.impact()), shown, versions, text,
                attachments, preview);
    }

    private ImpactView impact(ImpactSummary s) {
        return new ImpactView(terms(s.citizenGroups(), taxonomies.citizenGroups()),
                terms(s.sectors(), taxonomies.sectors()),
                s.businessSizes().stream().sorted().toList(),
                terms(s.provinces(), taxonomies.provinces()),
                s.costsAndBenefits(), s.procedures());
    }

    /** Codes as terms, in the taxonomy's own order. */
    private static List<Term> terms(Set<String> codes, Taxonomy taxonomy) {
        List<Term> ordered = taxonomy.terms();
        return codes.stream().map(taxonomy::find).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(ordered::indexOf)).toList();
    }
}
