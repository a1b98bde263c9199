package vn.gopy.comments.ui;

import org.springframework.stereotype.Component;
import vn.gopy.comments.CommentService;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.ui.DraftPageAddition;
import vn.gopy.drafts.ui.DraftPageAdditions;
import vn.gopy.taxonomies.Taxonomies;

/**
 * Adds the comments to a draft's public page: the buttons to comment, the counts per article and the
 * published comments. Comments belong to the consultation on the current text, so an earlier version's
 * page shows none of this.
 */
@Component
class CommentsOnDraftPage implements DraftPageAddition {

    private final CommentService comments;
    private final Taxonomies taxonomies;

    CommentsOnDraftPage(CommentService comments, Taxonomies taxonomies) {
        this.comments = comments;
        this.taxonomies = taxonomies;
    }

    @Override
    public DraftPageAdditions forDraft(DraftCard draft, boolean latestVersion) {
        if (!latestVersion) {
            return new DraftPageAdditions() { };
        }
        return new DraftCommentAdditions(draft, comments, taxonomies);
    }
}
