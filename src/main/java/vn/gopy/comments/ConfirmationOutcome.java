package vn.gopy.comments;

/** What opening a confirmation link did; the tracking number is null when the link was not valid. */
public record ConfirmationOutcome(Result result, String trackingNumber) {

    public enum Result {
        /** The comment is confirmed now and waits for moderation. */
        CONFIRMED,
        /** The link was used before; nothing changed. */
        ALREADY_CONFIRMED,
        /** The link is older than its validity; the author can ask for a new one on the tracking page. */
        EXPIRED,
        /** No comment has this link: mistyped, cut or forged. */
        INVALID
    }
}
