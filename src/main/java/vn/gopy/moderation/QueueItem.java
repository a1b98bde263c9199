package vn.gopy.moderation;

import java.util.List;
import java.util.Set;

import vn.gopy.comments.CommentForModeration;
import vn.gopy.comments.Mask;

/**
 * A comment waiting for a decision, with what the moderator needs beside it: the draft, the article it is about
 * (title and text; null for a comment on the whole draft), the screening's flags, its form-letter group, and
 * where the screening found personal data in the text (offered to the moderator as parts to mask).
 */
public record QueueItem(CommentForModeration comment, String draftTitle, String agencyName, String articleTitle,
        String articleText, Set<Flag> flags, Long groupId, int groupSize, List<Mask> personalData) {

    public long id() {
        return comment.id();
    }
}
