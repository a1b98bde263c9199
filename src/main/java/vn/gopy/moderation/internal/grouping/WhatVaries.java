package vn.gopy.moderation.internal.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import vn.gopy.common.PlainText;
import vn.gopy.moderation.internal.grouping.Variation.Place;

/**
 * What varies between members and the representative: a word diff of each member against it, the changes
 * counted over the members (each member once per change), the most frequent first. Words are compared folded and
 * without punctuation, so "Trân trọng," and "Trân trọng." are no change; the words shown are as written.
 */
final class WhatVaries {

    static final int SHOWN = 12;

    record Summary(Map<Place, Integer> changedAt, List<Variation> variations) {
    }

    private WhatVaries() {
    }

    static Summary of(String representative, Collection<String> members) {
        List<String> original = words(representative);
        List<String> compared = comparable(original);
        Map<Place, Integer> changedAt = new EnumMap<>(Place.class);
        Map<String, Variation> variations = new LinkedHashMap<>();
        for (String member : members) {
            List<String> memberWords = words(member);
            Set<Place> places = new HashSet<>();
            Set<String> counted = new HashSet<>();
            for (AbstractDelta<String> delta : DiffUtils.diff(compared, comparable(memberWords)).getDeltas()) {
                int from = delta.getSource().getPosition();
                int to = from + delta.getSource().size();
                Place place = from == 0 ? Place.START : to == original.size() ? Place.END : Place.MIDDLE;
                places.add(place);
                int memberFrom = delta.getTarget().getPosition();
                String removed = String.join(" ", original.subList(from, to));
                String added = String.join(" ", memberWords.subList(memberFrom, memberFrom + delta.getTarget().size()));
                String key = place + "|" + PlainText.folded(removed) + "|" + PlainText.folded(added);
                if (counted.add(key)) {
                    variations.merge(key, new Variation(place, removed, added, 1),
                            (old, one) -> new Variation(old.place(), old.representativeWords(), old.memberWords(),
                                    old.members() + 1));
                }
            }
            places.forEach(place -> changedAt.merge(place, 1, Integer::sum));
        }
        List<Variation> mostFrequent = new ArrayList<>(variations.values());
        mostFrequent.sort(Comparator.comparingInt(Variation::members).reversed());
        return new Summary(changedAt, List.copyOf(mostFrequent.subList(0, Math.min(SHOWN, mostFrequent.size()))));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> comparable(List<String> words) {
        return words.stream().map(w -> PlainText.folded(w).replaceAll("[^\\p{L}\\p{N}]", "")).toList();
    }
}
