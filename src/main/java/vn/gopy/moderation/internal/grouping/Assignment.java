package vn.gopy.moderation.internal.grouping;

import java.util.OptionalLong;

/** Where a comment went: into a group (its id and size after joining), or into none. */
public record Assignment(long commentId, OptionalLong groupId, int groupSize) {

    static Assignment none(long commentId) {
        return new Assignment(commentId, OptionalLong.empty(), 0);
    }

    static Assignment joined(long commentId, long groupId, int groupSize) {
        return new Assignment(commentId, OptionalLong.of(groupId), groupSize);
    }

    public boolean grouped() {
        return groupId.isPresent();
    }
}
