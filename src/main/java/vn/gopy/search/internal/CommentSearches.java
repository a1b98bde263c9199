package vn.gopy.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import vn.gopy.comments.Comment;
import vn.gopy.comments.CommentState;
import vn.gopy.comments.CommenterKind;
import vn.gopy.search.CommentHit;
import vn.gopy.search.CommentResults;
import vn.gopy.search.CommentSearch;
import vn.gopy.search.FacetCount;
import vn.gopy.taxonomies.Taxonomies;

/**
 * Search of the comments' documents, for the public or for staff ({@link Audience}). The audience decides
 * both the filter (public comments only) and the text searched and shown (public or original): words that a
 * moderator masked are in no field a public search reads.
 */
@Component
class CommentSearches {

    /** How much of a comment a result shows when the words matched elsewhere (the unified highlighter shows the matching sentence). */
    private static final int SNIPPET = 240;
    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");

    enum Audience {
        PUBLIC(CommentFields.PUBLIC_TEXT, CommentFields.PUBLIC_TEXTS),
        STAFF(CommentFields.ORIGINAL_TEXT, CommentFields.STAFF_TEXTS);

        private final String shownText;
        private final List<DraftFields.Weighted> searched;

        Audience(String shownText, List<DraftFields.Weighted> searched) {
            this.shownText = shownText;
            this.searched = searched;
        }
    }

    private final Taxonomies taxonomies;
    private final I18NProvider translations;

    CommentSearches(Taxonomies taxonomies, I18NProvider translations) {
        this.taxonomies = taxonomies;
        this.translations = translations;
    }

    CommentResults search(SearchSession session, CommentSearch query, Audience audience, Locale locale) {
        QueryText text = QueryText.parse(query.text());
        boolean typos = false;
        SearchResult<List<?>> result = run(session, query, audience, text, false);
        if (result.total().hitCountLowerBound() == 0 && text.allowsTypos()) {
            typos = true;
            result = run(session, query, audience, text, true);
        }
        Map<String, Long> kinds = query.kinds().isEmpty() ? result.aggregation(KINDS)
                : kindCounts(session, query, audience, text, typos);
        List<CommentHit> hits = result.hits().stream().map(row -> hit(row, locale)).toList();
        return new CommentResults(query, result.total().hitCountLowerBound(), hits, facet(kinds, query, locale),
                audience == Audience.STAFF);
    }

    private SearchResult<List<?>> run(SearchSession session, CommentSearch query, Audience audience, QueryText text,
            boolean typos) {
        var search = session.search(Comment.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field(CommentFields.DRAFT_ID, Long.class),
                        f.field(CommentFields.DRAFT_TITLE, String.class),
                        f.field(CommentFields.ARTICLE_LABEL, String.class), f.highlight(audience.shownText),
                        f.field(CommentFields.AUTHOR_NAME, String.class), f.field(CommentFields.KIND, String.class),
                        f.field(CommentFields.ORGANISATION + "_name", String.class),
                        f.field(CommentFields.PROVINCE, String.class), f.field(CommentFields.DATE, Instant.class),
                        f.field(CommentFields.STATE, String.class)).asList())
                .where(f -> predicate(f, query, audience, text, typos, true))
                .sort(f -> text.isEmpty() ? f.field(CommentFields.DATE).desc()
                        : f.score().then().field(CommentFields.DATE).desc())
                // noMatchSize: a comment found by its organisation still shows the start of its text.
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1).noMatchSize(SNIPPET));
        if (query.kinds().isEmpty()) {
            search.aggregation(KINDS, f -> f.terms().field(CommentFields.KIND, String.class));
        }
        return search.fetch((query.page() - 1) * query.pageSize(), query.pageSize());
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, CommentSearch query, Audience audience,
            QueryText text, boolean typos, boolean withKinds) {
        var bool = f.bool();
        bool.must(text.isEmpty() ? f.matchAll() : TextMatch.of(f, text, audience.searched, typos));
        if (audience == Audience.PUBLIC) {
            bool.filter(f.match().field(CommentFields.PUBLIC).matching(true));
        }
        if (query.draftId() != null) {
            bool.filter(f.match().field(CommentFields.DRAFT_ID).matching(query.draftId()));
        }
        if (withKinds && !query.kinds().isEmpty()) {
            bool.filter(f.terms().field(CommentFields.KIND)
                    .matchingAny(query.kinds().stream().map(Enum::name).toList()));
        }
        return bool;
    }

    /** With kinds selected, the kinds' counts come from the same search without that selection. */
    private Map<String, Long> kindCounts(SearchSession session, CommentSearch query, Audience audience,
            QueryText text, boolean typos) {
        return session.search(Comment.class).where(f -> predicate(f, query, audience, text, typos, false))
                .aggregation(KINDS, f -> f.terms().field(CommentFields.KIND, String.class)).fetch(0)
                .aggregation(KINDS);
    }

    private CommentHit hit(List<?> row, Locale locale) {
        String province = (String) row.get(8);
        return new CommentHit((Long) row.get(0), (Long) row.get(1), (String) row.get(2), (String) row.get(3),
                Highlights.first(row.get(4)), (String) row.get(5), kind((String) row.get(6)), (String) row.get(7),
                province == null ? null : taxonomies.provinces().name(province, locale), (Instant) row.get(9),
                CommentState.valueOf((String) row.get(10)));
    }

    private List<FacetCount> facet(Map<String, Long> counts, CommentSearch query, Locale locale) {
        List<FacetCount> list = new ArrayList<>();
        for (CommenterKind kind : CommenterKind.values()) {
            long count = counts.getOrDefault(kind.name(), 0L);
            boolean selected = query.kinds().contains(kind);
            if (count > 0 || selected) {
                list.add(new FacetCount(kind.name(), translations.getTranslation("comments.kind." + kind.name(), locale),
                        count, selected));
            }
        }
        list.sort(Comparator.comparingLong(FacetCount::count).reversed());
        return List.copyOf(list);
    }

    private static CommenterKind kind(String name) {
        return name == null ? null : CommenterKind.valueOf(name);
    }
}
