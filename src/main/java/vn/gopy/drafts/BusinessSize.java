package vn.gopy.drafts;

/** Enterprise sizes as Vietnamese law classifies them (Decree 80/2021/ND-CP): micro, small, medium, large. */
public enum BusinessSize {
    MICRO, SMALL, MEDIUM, LARGE
}
