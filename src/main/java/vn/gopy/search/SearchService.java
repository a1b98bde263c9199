package vn.gopy.search;

import java.util.List;
import java.util.Locale;

/**
 * Finding public drafts and comments: full-text search with facets, completions while typing, and the drafts
 * that affect a business or a citizen. Any input is safe: nothing typed can cause an error or a slow query.
 */
public interface SearchService {

    /** Facet values and reasons are named in {@code locale}'s language (Vietnamese unless English). */
    SearchResults search(SearchQuery query, Locale locale);

    /**
     * Comments whose text (or organisation) has the words. Everyone sees published comments with their public
     * text; moderators and administrators also see those awaiting moderation or not published, and search and
     * read the original text, which a moderator's masks hide from everyone else.
     */
    CommentResults searchComments(CommentSearch query, Locale locale);

    /** Titles of drafts and of articles that complete what is being typed, best first. */
    List<Suggestion> suggest(String typed, int limit);

    /** Open and upcoming drafts that affect the profile, best matches first, at most {@code limit}. */
    List<AffectingDraft> affecting(ImpactProfile profile, int limit, Locale locale);

    /**
     * Whether this search (its words, as typed, and its filters; not its order or page) finds this public draft:
     * the question an alert on a saved search asks when something happens to a draft.
     */
    boolean finds(SearchQuery query, long draftId);

    /**
     * Whether this public draft concerns the profile by the rules of {@link #affecting}, whatever its status: an
     * alert on a profile also tells of a closing consultation and of its report.
     */
    boolean affects(ImpactProfile profile, long draftId);
}
