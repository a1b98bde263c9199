package vn.gopy.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.drafts.Draft;
import vn.gopy.drafts.DraftCard;
import vn.gopy.security.CurrentStaff;
import vn.gopy.security.Role;
import vn.gopy.search.AffectingDraft;
import vn.gopy.search.CommentResults;
import vn.gopy.search.CommentSearch;
import vn.gopy.search.ArticleHit;
import vn.gopy.search.Facet;
import vn.gopy.search.FacetCount;
import vn.gopy.search.ImpactProfile;
import vn.gopy.search.SearchHit;
import vn.gopy.search.SearchQuery;
import vn.gopy.search.SearchResults;
import vn.gopy.search.SearchService;
import vn.gopy.search.SearchSort;
import vn.gopy.search.Suggestion;

/**
 * Search on the Lucene index: one query for the page of drafts with its highlights and facet counts, one
 * more per facet that has a selection (so its other values keep their counts), one for the best article
 * of each draft on the page. The cards are made from the index too: a search reads no database.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // the index alone: no database connection
class HibernateSearchService implements SearchService {

    /** A facet lists at most this many values; provinces (34) are the longest list. */
    private static final int FACET_VALUES = 100;

    private final EntityManager entityManager;
    private final ResultCards resultCards;
    private final FacetLabels labels;
    private final Suggestions suggestions;
    private final AffectingDrafts affectingDrafts;
    private final CommentSearches commentSearches;
    private final CurrentStaff staff;

    HibernateSearchService(EntityManager entityManager, ResultCards resultCards, FacetLabels labels,
            Suggestions suggestions, AffectingDrafts affectingDrafts, CommentSearches commentSearches,
            CurrentStaff staff) {
        this.entityManager = entityManager;
        this.resultCards = resultCards;
        this.labels = labels;
        this.suggestions = suggestions;
        this.affectingDrafts = affectingDrafts;
        this.commentSearches = commentSearches;
        this.staff = staff;
    }

    @Override
    public SearchResults search(SearchQuery query, Locale locale) {
        long started = System.nanoTime();
        SearchSession session = Search.session(entityManager);
        QueryText text = QueryText.parse(query.text());
        Attempt attempt = new Attempt(text, false);
        SearchResult<List<?>> result = run(session, attempt, query);
        if (result.total().hitCountLowerBound() == 0 && text.allowsTypos()) {
            attempt = new Attempt(text, true);
            result = run(session, attempt, query);
        }
        Map<Facet, Map<Object, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            counts.put(facet, query.filters().containsKey(facet) ? disjunctiveCounts(session, attempt, query, facet)
                    : result.aggregation(key(facet)));
        }
        List<SearchHit> hits = hits(session, attempt, result.hits());
        long took = (System.nanoTime() - started) / 1_000_000;
        return new SearchResults(query, result.total().hitCountLowerBound(), hits, facets(counts, query, locale), took);
    }

    /** The words, and whether they may be a letter or two off: only when they find nothing as typed. */
    private record Attempt(QueryText text, boolean typos) {
    }

    private SearchResult<List<?>> run(SearchSession session, Attempt attempt, SearchQuery query) {
        var search = session.search(Draft.class)
                .select(f -> f.composite().from(ResultCards.projection(f), f.highlight(DraftFields.TITLE),
                        f.highlight(DraftFields.SUMMARY), f.highlight(DraftFields.IMPACT)).asList())
                .where(f -> predicate(f, attempt, query, null))
                .sort(f -> order(f, query.sort(), attempt.text()))
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1));
        for (Facet facet : Facet.values()) {
            if (!query.filters().containsKey(facet)) {
                search.aggregation(key(facet), f -> f.terms().field(Filters.field(facet), Object.class)
                        .maxTermCount(FACET_VALUES));
            }
        }
        return search.fetch((query.page() - 1) * query.pageSize(), query.pageSize());
    }

    private static AggregationKey<Map<Object, Long>> key(Facet facet) {
        return AggregationKey.of(facet.name());
    }

    /** Who may see what is decided here, from the login, whatever the view asks: drafters see the public's view. */
    @Override
    public CommentResults searchComments(CommentSearch query, Locale locale) {
        boolean moderates = staff.has(Role.MODERATOR) || staff.has(Role.ADMIN);
        return commentSearches.search(Search.session(entityManager), query,
                moderates ? CommentSearches.Audience.STAFF : CommentSearches.Audience.PUBLIC, locale);
    }

    @Override
    public List<Suggestion> suggest(String typed, int limit) {
        return suggestions.suggest(Search.session(entityManager), typed, limit);
    }

    @Override
    public List<AffectingDraft> affecting(ImpactProfile profile, int limit, Locale locale) {
        return affectingDrafts.find(Search.session(entityManager), profile, limit, locale);
    }

    @Override
    public boolean finds(SearchQuery query, long draftId) {
        Attempt attempt = new Attempt(QueryText.parse(query.text()), false);
        return Search.session(entityManager).search(Draft.class)
                .where(f -> f.bool().must(predicate(f, attempt, query, null)).filter(f.id().matching(draftId)))
                .fetchTotalHitCount() > 0;
    }

    @Override
    public boolean affects(ImpactProfile profile, long draftId) {
        return affectingDrafts.affects(Search.session(entityManager), profile, draftId);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, Attempt attempt, SearchQuery query,
            Facet left) {
        var bool = f.bool();
        bool.must(attempt.text().isEmpty() ? f.matchAll()
                : TextMatch.of(f, attempt.text(), DraftFields.TEXTS, attempt.typos()));
        SearchPredicate filters = Filters.of(f, query.filters(), left);
        if (filters != null) {
            bool.filter(filters);
        }
        return bool;
    }

    private static SortFinalStep order(SearchSortFactory f, SearchSort sort, QueryText text) {
        return switch (sort) {
            case RELEVANCE -> text.isEmpty() ? newest(f) : f.score().then().field(DraftFields.PUBLISHED).desc();
            case NEWEST -> newest(f);
            case CLOSING_SOONEST -> f.field(DraftFields.STATUS_RANK).asc().then().field(DraftFields.CLOSES).asc();
        };
    }

    private static SortFinalStep newest(SearchSortFactory f) {
        return f.field(DraftFields.PUBLISHED).desc();
    }

    private Map<Object, Long> disjunctiveCounts(SearchSession session, Attempt attempt, SearchQuery query,
            Facet facet) {
        AggregationKey<Map<Object, Long>> key = key(facet);
        return session.search(Draft.class).where(f -> predicate(f, attempt, query, facet))
                .aggregation(key, f -> f.terms().field(Filters.field(facet), Object.class).maxTermCount(FACET_VALUES))
                .fetch(0).aggregation(key);
    }

    private List<SearchHit> hits(SearchSession session, Attempt attempt, List<List<?>> rows) {
        List<DraftCard> cards = rows.stream().map(row -> resultCards.card((List<?>) row.get(0))).toList();
        Map<Long, ArticleHit> articles = BestArticles.of(session, attempt.text(), attempt.typos(),
                cards.stream().map(DraftCard::id).toList());
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<?> row = rows.get(i);
            DraftCard card = cards.get(i);
            String title = Highlights.first(row.get(1));
            String snippet = Highlights.first(row.get(2));
            hits.add(new SearchHit(card, title.isEmpty() ? Highlights.escaped(card.title()) : title,
                    snippet.isEmpty() ? Highlights.first(row.get(3)) : snippet, articles.get(card.id())));
        }
        return hits;
    }

    private Map<Facet, List<FacetCount>> facets(Map<Facet, Map<Object, Long>> counts, SearchQuery query, Locale locale) {
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        counts.forEach((facet, values) -> {
            List<FacetCount> list = new ArrayList<>();
            values.forEach((value, count) -> {
                String code = String.valueOf(value);
                list.add(new FacetCount(code, labels.label(facet, code, locale), count,
                        query.selected(facet).contains(code)));
            });
            for (String selected : query.selected(facet)) {
                if (list.stream().noneMatch(c -> c.value().equals(selected))) {
                    list.add(new FacetCount(selected, labels.label(facet, selected, locale), 0, true));
                }
            }
            list.sort(facet == Facet.YEAR ? Comparator.comparing(FacetCount::value).reversed()
                    : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
            facets.put(facet, List.copyOf(list));
        });
        return facets;
    }
}
