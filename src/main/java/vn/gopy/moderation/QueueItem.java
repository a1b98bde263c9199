package vn.gopy.moderation;

import java.util.Set;

import vn.gopy.comments.CommentForModeration;

/**
 * A comment waiting for a decision, with what the moderator needs beside it: the draft, the article it is about
 * (title and text; null for a comment on the whole draft), the screening's flags and its form-letter group.
 */
public record QueueItem(CommentForModeration comment, String draftTitle, String agencyName, String articleTitle,
        String articleText, Set<Flag> flags, Long groupId, int groupSize) {

    public long id() {
        return comment.id();
    }
}
