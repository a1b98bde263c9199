package vn.gopy.outreach.alerts;

/** How often a subscriber gets mail: each alert at once, or one digest a day or a week. */
public enum Frequency {
    IMMEDIATE,
    DAILY,
    WEEKLY
}
