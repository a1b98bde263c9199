package vn.gopy.search;

/**
 * The dimensions a search can be narrowed by. Each has the name it carries in a search address
 * ({@code /search?q=dat&sector=F&year=2026}), so that a search can be shared and bookmarked.
 */
public enum Facet {
    AGENCY("agency"),
    DOCUMENT_TYPE("type"),
    STATUS("status"),
    SECTOR("sector"),
    SIZE("size"),
    PROVINCE("province"),
    YEAR("year");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
