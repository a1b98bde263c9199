package vn.gopy.search.internal;

import java.util.List;

/** The fields of a draft's document in the index, named once for the binder and the queries. */
final class DraftFields {

    static final String INDEX = "draft";

    // Texts, each also indexed _exact and _en (see IndexedText)
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String IMPACT = "impact";
    static final String TEXT = "text";
    static final String ABOUT = "about";
    static final String TITLE_PREFIXES = "title_prefixes";

    // Facets and filters
    static final String AGENCY = "agency";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String SECTOR = "sector";
    static final String SIZE = "size";
    static final String PROVINCE = "province";
    static final String GROUP = "group";
    static final String YEAR = "year";
    static final String NATIONWIDE = "nationwide";

    // Orders
    static final String PUBLISHED = "published";
    static final String CLOSES = "closes";
    static final String STATUS_RANK = "status_rank";

    // Stored for the result cards, so that a search needs no database (with TITLE, SUMMARY, AGENCY, TYPE, CLOSES)
    static final String REFERENCE = "reference";
    static final String LANGUAGE = "language";
    static final String OPENS = "opens";
    static final String PUBLISHED_AT = "published_at";

    /**
     * Text fields and their weights: a word in the title says more than a word in article 80. Words next to
     * each other are rewarded in the short fields only: checking positions across a whole law for common
     * syllables ("nhà", "ở") would cost more than it tells; the article documents do it for the text.
     */
    static final List<Weighted> TEXTS = List.of(new Weighted(TITLE, 5, true, true),
            new Weighted(SUMMARY, 2.5f, true, true), new Weighted(ABOUT, 2, true, true),
            new Weighted(IMPACT, 1.5f, true, true), new Weighted(TEXT, 1, false, false));

    /** A text field, how much a match in it counts, whether it has an exact copy, whether proximity counts. */
    record Weighted(String field, float boost, boolean exact, boolean proximity) {
    }

    private DraftFields() {
    }
}
