package vn.gopy.search;

import java.time.Instant;

import vn.gopy.comments.CommentState;
import vn.gopy.comments.CommenterKind;

/**
 * One comment found. {@code snippetHtml} is escaped text with the matched words in {@code <mark>}: the
 * public text (with a moderator's masks) for the public, the original for moderators. {@code articleLabel}
 * is null for a comment on the whole draft; {@code authorName} is null unless its author agreed to show it.
 * {@code date} is when it was published, or, for one not decided yet, when its author confirmed it.
 */
public record CommentHit(long commentId, long draftId, String draftTitle, String articleLabel, String snippetHtml,
        String authorName, CommenterKind kind, String organisation, String provinceName, Instant date,
        CommentState state) {
}
