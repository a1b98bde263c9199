package vn.gopy.comments;

/**
 * The comment is no longer where the decision expected it: another moderator decided it first (or it was never
 * confirmed). Nothing was changed; the queue moves on.
 */
public class AlreadyDecidedException extends RuntimeException {

    public AlreadyDecidedException(String trackingNumber) {
        super("Comment " + trackingNumber + " was decided already");
    }
}
