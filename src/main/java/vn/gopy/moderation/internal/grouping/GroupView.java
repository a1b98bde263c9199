package vn.gopy.moderation.internal.grouping;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A group of near-identical comments as moderators and the public page see it: how many people sent it, the
 * representative text, and what varies, counted over a sample of members ({@code sampledMembers}, the
 * representative excluded). {@code changedAt} counts sampled members with any change at the start, middle or end;
 * {@code variations} lists the most frequent changes first.
 */
public record GroupView(long id, long draftId, int size, long representativeCommentId, String representativeText,
        Instant createdAt, int sampledMembers, Map<Variation.Place, Integer> changedAt, List<Variation> variations) {
}
