package vn.gopy.comments;

/**
 * What the author gets on submitting: the tracking number, and whether this was the same comment sent a
 * second time (a double click, a retry), in which case the number is the first submission's.
 */
public record Receipt(String trackingNumber, boolean alreadySubmitted) {
}
