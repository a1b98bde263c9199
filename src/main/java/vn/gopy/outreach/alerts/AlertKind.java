package vn.gopy.outreach.alerts;

/** The news an alert brings about a draft. */
public enum AlertKind {
    /** The consultation opened: comments are accepted. */
    OPENED,
    /** The consultation closes in a few days. */
    CLOSING_SOON,
    /** The drafting agency published its reception report. */
    REPORT
}
