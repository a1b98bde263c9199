package vn.gopy.outreach.alerts;

/** What a subscriber can follow, with the name it carries in the subscription page's address. */
public enum TopicKind {
    AGENCY("agency"),
    SECTOR("sector"),
    PROVINCE("province"),
    DOCUMENT_TYPE("type"),
    /** A saved search: the parameters of a {@code /search} address. */
    SEARCH("search"),
    /** A business or citizen profile of the "what affects me" page. */
    PROFILE("profile");

    private final String parameter;

    TopicKind(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
