package vn.gopy.moderation;

import java.util.List;

/**
 * Near-identical comments grouped as they arrived: how many, one representative text, and what varies between
 * the letters and the representative (for example a greeting, a signature, a sentence added), with how often.
 */
public record FormLetterGroup(long id, long draftId, int size, long representativeId, String representativeText,
        List<Variation> variations) {

    public record Variation(String text, int letters) {
    }
}
