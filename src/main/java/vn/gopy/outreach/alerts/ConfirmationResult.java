package vn.gopy.outreach.alerts;

/** What opening a confirmation link did. */
public enum ConfirmationResult {
    /** The topics are now followed; {@code manageToken} leads to the preferences. */
    CONFIRMED,
    /** The link is older than its validity: nothing was changed; subscribe again. */
    EXPIRED,
    /** No such link (mistyped, forged, or used already and purged). */
    INVALID
}
