package vn.gopy.search;

/** One value of a facet: its code as in the address, its name in the reader's language, how many results. */
public record FacetCount(String value, String label, long count, boolean selected) {
}
