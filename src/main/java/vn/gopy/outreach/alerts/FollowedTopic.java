package vn.gopy.outreach.alerts;

/** A topic on the preferences page: its id (to remove it), what it is, and its name in the reader's language. */
public record FollowedTopic(long id, Topic topic, String label) {
}
