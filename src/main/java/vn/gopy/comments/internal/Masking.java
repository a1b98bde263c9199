package vn.gopy.comments.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.gopy.comments.Mask;

/** Applies a moderator's masks to a comment's text: overlapping or touching masks become one. */
public final class Masking {

    private Masking() {
    }

    /** The text with each masked part replaced by {@link Mask#MASKED}; null when there is nothing to mask. */
    public static String apply(String text, List<Mask> masks) {
        if (masks == null || masks.isEmpty()) {
            return null;
        }
        List<Mask> sorted = new ArrayList<>(masks);
        sorted.sort(Comparator.comparingInt(Mask::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mask mask : sorted) {
            if (mask.end() > text.length()) {
                throw new IllegalArgumentException("A mask ends after the text: " + mask);
            }
            if (mask.start() > at) {
                out.append(text, at, mask.start()).append(Mask.MASKED);
            } else if (at == 0 && mask.start() == 0) {
                out.append(Mask.MASKED);
            }
            at = Math.max(at, mask.end());
        }
        return out.append(text.substring(at)).toString();
    }
}
