package vn.gopy.search.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import vn.gopy.search.Facet;

/** The facets' fields, and the filters a search's selections make of them (values within a facet are alternatives). */
final class Filters {

    private static final Map<Facet, String> FIELDS = Map.of(Facet.AGENCY, DraftFields.AGENCY,
            Facet.DOCUMENT_TYPE, DraftFields.TYPE, Facet.STATUS, DraftFields.STATUS, Facet.SECTOR, DraftFields.SECTOR,
            Facet.SIZE, DraftFields.SIZE, Facet.PROVINCE, DraftFields.PROVINCE, Facet.YEAR, DraftFields.YEAR);

    private Filters() {
    }

    static String field(Facet facet) {
        return FIELDS.get(facet);
    }

    /** All the selections except {@code left}'s, which disjunctive facet counts leave out; null for none. */
    static SearchPredicate of(SearchPredicateFactory f, Map<Facet, Set<String>> selections, Facet left) {
        var bool = f.bool();
        boolean any = false;
        for (var selection : selections.entrySet()) {
            if (selection.getKey() != left) {
                bool.filter(one(f, selection.getKey(), selection.getValue()));
                any = true;
            }
        }
        return any ? bool.toPredicate() : null;
    }

    private static SearchPredicate one(SearchPredicateFactory f, Facet facet, Set<String> values) {
        if (facet == Facet.YEAR) {
            List<Integer> years = values.stream().filter(v -> v.matches("\\d{4}")).map(Integer::valueOf).toList();
            return years.isEmpty() ? f.matchNone().toPredicate()
                    : f.terms().field(field(facet)).matchingAny(years).toPredicate();
        }
        return f.terms().field(field(facet)).matchingAny(values).toPredicate();
    }
}
