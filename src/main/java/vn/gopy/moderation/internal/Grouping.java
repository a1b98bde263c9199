package vn.gopy.moderation.internal;

import java.util.List;
import java.util.Optional;

import vn.gopy.moderation.FormLetterGroup;

/** Form-letter grouping as the queue uses it (implemented on top of the MinHash index, see decision 16). */
public interface Grouping {

    /**
     * Groups a confirmed comment with its near-duplicates of the same draft, if it has any. {@code newMembers}
     * are the comments that joined the group by this call: this one, and the earlier one when they form a new group.
     */
    Optional<Joined> assign(long commentId, long draftId, String text);

    Optional<FormLetterGroup> group(long groupId);

    /** A draft's largest groups, largest first. */
    List<FormLetterGroup> largest(long draftId, int limit);

    record Joined(long groupId, int size, List<Long> newMembers) {
    }
}
