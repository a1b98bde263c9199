package vn.gopy.search;

import java.util.List;
import java.util.Locale;

/**
 * Finding public drafts: full-text search with facets, completions while typing, and the drafts that
 * affect a business or a citizen. Any input is safe: nothing typed can cause an error or a slow query.
 */
public interface SearchService {

    /** Facet values and reasons are named in {@code locale}'s language (Vietnamese unless English). */
    SearchResults search(SearchQuery query, Locale locale);

    /** Titles of drafts and of articles that complete what is being typed, best first. */
    List<Suggestion> suggest(String typed, int limit);

    /** Open and upcoming drafts that affect the profile, best matches first, at most {@code limit}. */
    List<AffectingDraft> affecting(ImpactProfile profile, int limit, Locale locale);
}
