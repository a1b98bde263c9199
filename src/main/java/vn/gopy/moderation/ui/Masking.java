package vn.gopy.moderation.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.gopy.comments.Mask;

/** The masks a moderator marks, kept apart and in order, and the text the public would read with them. */
final class Masking {

    private Masking() {
    }

    /** Adds a mask, merged with any it touches, so that the service gets parts that never overlap. */
    static List<Mask> with(List<Mask> masks, Mask added) {
        List<Mask> all = new ArrayList<>(masks);
        all.add(added);
        all.sort(Comparator.comparingInt(Mask::start));
        List<Mask> merged = new ArrayList<>();
        for (Mask mask : all) {
            Mask last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && mask.start() <= last.end()) {
                merged.set(merged.size() - 1, new Mask(last.start(), Math.max(last.end(), mask.end())));
            } else {
                merged.add(mask);
            }
        }
        return List.copyOf(merged);
    }

    static String published(String text, List<Mask> masks) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mask mask : masks) {
            out.append(text, at, mask.start()).append(Mask.MASKED);
            at = mask.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
