package vn.gopy.moderation.internal.grouping;

/**
 * One way members differ from the representative: words of the representative replaced by other words (either
 * side empty when words were only added or only removed), where in the text, and in how many sampled members.
 */
public record Variation(Place place, String representativeWords, String memberWords, int members) {

    /** Greetings change at the start, signatures at the end; edits to the argument are in the middle. */
    public enum Place { START, MIDDLE, END }
}
