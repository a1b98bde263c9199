package vn.gopy.comments;

/** Who is commenting. Everyone but an individual speaks for an organisation, whose name is then asked. */
public enum CommenterKind {
    INDIVIDUAL, BUSINESS, ASSOCIATION, RESEARCH, PUBLIC_BODY, OTHER;

    public boolean needsOrganisation() {
        return this != INDIVIDUAL && this != OTHER;
    }

    public boolean isBusiness() {
        return this == BUSINESS;
    }
}
