package vn.gopy.outreach.alerts;

/** The result of a confirmation link, and the secret of the preferences page when it was confirmed. */
public record Confirmation(ConfirmationResult result, String manageToken) {
}
