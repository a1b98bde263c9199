package vn.gopy.search.internal;

import java.util.List;

import vn.gopy.search.internal.DraftFields.Weighted;

/**
 * The fields of a comment's document: one document per confirmed comment. The public and the staff search
 * different text fields, so that words a moderator masked can never match a public search.
 */
final class CommentFields {

    static final String INDEX = "comment";

    /** The text as the public reads it (with masks), written only while the comment is public. */
    static final String PUBLIC_TEXT = "public_text";
    /** The text as its author wrote it, for moderators and administrators only. */
    static final String ORIGINAL_TEXT = "original_text";
    static final String ORGANISATION = "organisation";

    static final String PUBLIC = "public";
    static final String STATE = "state";
    static final String KIND = "kind";
    static final String PROVINCE = "province";
    static final String DRAFT_ID = "draft_id";
    static final String DRAFT_TITLE = "draft_title";
    static final String ARTICLE_LABEL = "article_label";
    static final String AUTHOR_NAME = "author_name";
    /** When it was published, or confirmed while not decided yet: the newest first when no words are asked. */
    static final String DATE = "date";
    static final String CONFIRMED_AT = "confirmed_at";

    static final List<Weighted> PUBLIC_TEXTS = List.of(new Weighted(PUBLIC_TEXT, 1, true, true),
            new Weighted(ORGANISATION, 2, true, true));
    static final List<Weighted> STAFF_TEXTS = List.of(new Weighted(ORIGINAL_TEXT, 1, true, true),
            new Weighted(ORGANISATION, 2, true, true));

    private CommentFields() {
    }
}
