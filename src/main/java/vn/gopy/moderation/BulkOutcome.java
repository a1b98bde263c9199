package vn.gopy.moderation;

/** What a decision on many comments did: how many it decided, and how many another moderator had decided first. */
public record BulkOutcome(int decided, int alreadyDecided) {
}
