package vn.gopy.search.internal;

import java.util.List;

import vn.gopy.search.internal.DraftFields.Weighted;

/** The fields of an article's document in the index: one document per article of a public draft's current text. */
final class ArticleFields {

    static final String INDEX = "article";

    static final String DRAFT_ID = "draft_id";
    static final String DRAFT_TITLE = "draft_title";
    static final String LABEL = "label";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TITLE_PREFIXES = "title_prefixes";

    static final List<Weighted> TEXTS = List.of(new Weighted(TITLE, 3, true), new Weighted(BODY, 1, true));

    private ArticleFields() {
    }
}
