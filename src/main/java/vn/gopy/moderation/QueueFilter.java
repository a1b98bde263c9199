package vn.gopy.moderation;

import vn.gopy.comments.CommenterKind;

/** Which waiting comments to show; every null part means "any". */
public record QueueFilter(Long draftId, Long agencyId, Flag flag, Long groupId, CommenterKind kind) {

    public static QueueFilter any() {
        return new QueueFilter(null, null, null, null, null);
    }
}
