package vn.gopy.moderation;

import java.util.List;

/**
 * Near-identical comments grouped as they arrived: how many, one representative text, and what varies between
 * the letters and the representative, most frequent first, counted over a sample of {@code sampledLetters}.
 */
public record FormLetterGroup(long id, long draftId, int size, long representativeId, String representativeText,
        int sampledLetters, List<Variation> variations) {

    /**
     * One way letters differ from the representative: its words {@code representativeWords} replaced by
     * {@code letterWords} (either empty when words were only added or removed), where, and in how many letters.
     */
    public record Variation(Place place, String representativeWords, String letterWords, int letters) {
    }

    /** Greetings change at the start, signatures at the end, arguments in the middle. */
    public enum Place {
        START, MIDDLE, END
    }
}
