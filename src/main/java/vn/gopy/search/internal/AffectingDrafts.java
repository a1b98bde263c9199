package vn.gopy.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import vn.gopy.drafts.Draft;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.search.AffectingDraft;
import vn.gopy.search.AffectingDraft.Kind;
import vn.gopy.search.AffectingDraft.Reason;
import vn.gopy.search.Facet;
import vn.gopy.search.ImpactProfile;

/**
 * The open and upcoming drafts that affect a business or a citizen, from the drafts' impact summaries.
 * A draft matches when it names one of the profile's sectors, its size or one of its citizen groups, and
 * it applies where the profile is (nationwide, or the profile's province). Naming the sector weighs most,
 * a draft written for the province alone comes before a nationwide one, and sooner closing breaks ties.
 */
@Component
class AffectingDrafts {

    private static final float SECTOR = 4;
    private static final float GROUP = 4;
    private static final float SIZE = 2;
    private static final float LOCAL = 1;

    private final ResultCards cards;
    private final FacetLabels labels;

    AffectingDrafts(ResultCards cards, FacetLabels labels) {
        this.cards = cards;
        this.labels = labels;
    }

    List<AffectingDraft> find(SearchSession session, ImpactProfile profile, int limit, Locale locale) {
        if (profile.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<List<?>> rows = session.search(Draft.class)
                .select(f -> f.composite().from(ResultCards.projection(f),
                        f.field(DraftFields.SECTOR, String.class).list(), f.field(DraftFields.SIZE, String.class).list(),
                        f.field(DraftFields.PROVINCE, String.class).list(),
                        f.field(DraftFields.GROUP, String.class).list()).asList())
                .where(f -> predicate(f, profile))
                .sort(f -> f.score().then().field(DraftFields.CLOSES).asc())
                .fetchHits(Math.min(limit, 200));
        List<AffectingDraft> found = new ArrayList<>();
        for (List<?> row : rows) {
            found.add(new AffectingDraft(cards.card((List<?>) row.get(0)), reasons(profile, row, locale)));
        }
        return found;
    }

    /** Whether the draft concerns the profile, whatever its status (for alerts on a profile). */
    boolean affects(SearchSession session, ImpactProfile profile, long draftId) {
        return !profile.isEmpty() && session.search(Draft.class)
                .where(f -> f.bool().must(concerns(f, profile)).filter(f.id().matching(draftId)))
                .fetchTotalHitCount() > 0;
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, ImpactProfile profile) {
        return f.bool().filter(f.terms().field(DraftFields.STATUS).matchingAny(List.of(DraftStatus.OPEN.name(),
                DraftStatus.SCHEDULED.name()))).must(concerns(f, profile));
    }

    private static PredicateFinalStep concerns(SearchPredicateFactory f, ImpactProfile profile) {
        var bool = f.bool();
        if (profile.province() != null) {
            bool.filter(f.or(f.match().field(DraftFields.NATIONWIDE).matching(true),
                    f.match().field(DraftFields.PROVINCE).matching(profile.province())));
            bool.should(f.match().field(DraftFields.PROVINCE).matching(profile.province()).constantScore()
                    .boost(LOCAL));
        }
        var concerns = f.bool();
        boolean any = false;
        if (!profile.sectors().isEmpty()) {
            concerns.should(f.terms().field(DraftFields.SECTOR).matchingAny(profile.sectors()).constantScore()
                    .boost(SECTOR));
            any = true;
        }
        if (profile.size() != null) {
            concerns.should(f.match().field(DraftFields.SIZE).matching(profile.size().name()).constantScore()
                    .boost(SIZE));
            any = true;
        }
        if (!profile.citizenGroups().isEmpty()) {
            concerns.should(f.terms().field(DraftFields.GROUP).matchingAny(profile.citizenGroups()).constantScore()
                    .boost(GROUP));
            any = true;
        }
        bool.must(any ? concerns : f.matchAll().constantScore());
        return bool;
    }

    @SuppressWarnings("unchecked")
    private List<Reason> reasons(ImpactProfile profile, List<?> row, Locale locale) {
        List<String> sectors = (List<String>) row.get(1);
        List<String> sizes = (List<String>) row.get(2);
        List<String> provinces = (List<String>) row.get(3);
        List<String> groups = (List<String>) row.get(4);
        List<Reason> reasons = new ArrayList<>();
        profile.sectors().stream().filter(sectors::contains).sorted().forEach(code ->
                reasons.add(new Reason(Kind.SECTOR, code, labels.label(Facet.SECTOR, code, locale))));
        if (profile.size() != null && sizes.contains(profile.size().name())) {
            reasons.add(new Reason(Kind.SIZE, profile.size().name(), labels.size(profile.size().name(), locale)));
        } else if (profile.size() != null && sizes.isEmpty() && !sectors.isEmpty()) {
            reasons.add(new Reason(Kind.ALL_SIZES, null, null));
        }
        profile.citizenGroups().stream().filter(groups::contains).sorted().forEach(code ->
                reasons.add(new Reason(Kind.CITIZEN_GROUP, code, labels.citizenGroup(code, locale))));
        if (profile.province() != null && provinces.contains(profile.province())) {
            reasons.add(new Reason(Kind.PROVINCE, profile.province(),
                    labels.label(Facet.PROVINCE, profile.province(), locale)));
        } else if (provinces.isEmpty()) {
            reasons.add(new Reason(Kind.NATIONWIDE, null, null));
        }
        return List.copyOf(reasons);
    }
}
