package vn.gopy.search;

/** The orders results can come in; the parameter is the value of {@code sort=} in a search address. */
public enum SearchSort {
    /** Best match first; without words, newest first. */
    RELEVANCE("relevance"),
    /** Most recently published first. */
    NEWEST("newest"),
    /** Open consultations closing soonest first, then upcoming ones, then closed ones. */
    CLOSING_SOONEST("closing");

    private final String parameter;

    SearchSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static SearchSort fromParameter(String value) {
        for (SearchSort sort : values()) {
            if (sort.parameter.equals(value)) {
                return sort;
            }
        }
        return RELEVANCE;
    }
}
