package vn.gopy.moderation.internal.grouping;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The signatures of one draft's comments in memory, with their LSH buckets and the group each belongs to
 * (0: none yet). Callers hold the index's lock: one comment of a draft is grouped at a time.
 */
final class DraftIndex {

    /** A candidate that passed verification. */
    record Match(int slot, long commentId, long groupId, double similarity) {
    }

    private final BandTable bands = new BandTable();
    private final Map<Long, Integer> slotOfComment = new HashMap<>();
    private long[] commentIds = new long[1024];
    private long[] groupIds = new long[1024];
    // The low 16 bits of each value are enough to compare: two different minima agree there once in 65,536
    // positions, which moves an estimate by 0.00002; it halves the heap of the signatures. Bands use all 32 bits.
    private short[] signatures = new short[1024 * MinHash.LENGTH];
    private int[] lastVisit = new int[1024]; // marks candidates already checked for the current search
    private int visit;
    private int size;

    boolean contains(long commentId) {
        return slotOfComment.containsKey(commentId);
    }

    OptionalInt slotOf(long commentId) {
        Integer slot = slotOfComment.get(commentId);
        return slot == null ? OptionalInt.empty() : OptionalInt.of(slot);
    }

    long groupAt(int slot) {
        return groupIds[slot];
    }

    /**
     * The best comment whose estimated similarity reaches the threshold, among those sharing a band. A comment
     * already in a group wins over an ungrouped one that is a little closer: a campaign stays one group instead of
     * splitting into a new pair.
     */
    Match bestMatch(int[] signature, double threshold) {
        visit++;
        Match[] best = new Match[2]; // [0] best grouped, [1] best ungrouped
        for (int band = 0; band < MinHash.BANDS; band++) {
            bands.forEach(MinHash.bandKey(signature, 0, band), entry -> {
                int slot = entry / MinHash.BANDS;
                if (lastVisit[slot] == visit) {
                    return;
                }
                lastVisit[slot] = visit;
                double similarity = similarity(signature, slot);
                int kind = groupIds[slot] != 0 ? 0 : 1;
                if (similarity >= threshold && (best[kind] == null || similarity > best[kind].similarity())) {
                    best[kind] = new Match(slot, commentIds[slot], groupIds[slot], similarity);
                }
            });
        }
        return best[0] != null ? best[0] : best[1];
    }

    void add(long commentId, int[] signature, long groupId) {
        if (size == commentIds.length) {
            int capacity = size * 2;
            commentIds = Arrays.copyOf(commentIds, capacity);
            groupIds = Arrays.copyOf(groupIds, capacity);
            lastVisit = Arrays.copyOf(lastVisit, capacity);
            signatures = Arrays.copyOf(signatures, capacity * MinHash.LENGTH);
        }
        int slot = size++;
        commentIds[slot] = commentId;
        groupIds[slot] = groupId;
        for (int i = 0; i < MinHash.LENGTH; i++) {
            signatures[slot * MinHash.LENGTH + i] = (short) signature[i];
        }
        slotOfComment.put(commentId, slot);
        for (int band = 0; band < MinHash.BANDS; band++) {
            bands.add(MinHash.bandKey(signature, 0, band), slot * MinHash.BANDS + band);
        }
    }

    /**
     * The member most similar to the others (the medoid), among at most {@code sample} members spread over the
     * group: the text closest to the campaign's own letter, with the fewest personal changes.
     */
    long mostTypicalMember(long groupId, int sample) {
        int[] members = new int[size];
        int count = 0;
        for (int slot = 0; slot < size; slot++) {
            if (groupIds[slot] == groupId) {
                members[count++] = slot;
            }
        }
        int step = Math.max(1, count / sample);
        long best = -1;
        double bestTotal = -1;
        for (int i = 0; i < count; i += step) {
            double total = 0;
            for (int j = 0; j < count; j += step) {
                total += similarity(members[i], members[j]);
            }
            if (total > bestTotal) {
                bestTotal = total;
                best = commentIds[members[i]];
            }
        }
        return best;
    }

    /** The estimated Jaccard similarity of a new signature and a stored one: the share of equal positions. */
    private double similarity(int[] signature, int slot) {
        int equal = 0;
        for (int i = 0, at = slot * MinHash.LENGTH; i < MinHash.LENGTH; i++, at++) {
            if ((short) signature[i] == signatures[at]) {
                equal++;
            }
        }
        return equal / (double) MinHash.LENGTH;
    }

    private double similarity(int slot, int otherSlot) {
        int equal = 0;
        for (int i = 0, a = slot * MinHash.LENGTH, b = otherSlot * MinHash.LENGTH; i < MinHash.LENGTH; i++) {
            if (signatures[a + i] == signatures[b + i]) {
                equal++;
            }
        }
        return equal / (double) MinHash.LENGTH;
    }

    void setGroup(int slot, long groupId) {
        groupIds[slot] = groupId;
    }

    int size() {
        return size;
    }

    /** The arrays' size, without the map of comment ids (about 60 bytes a comment more). */
    long bytes() {
        return bands.bytes() + 8L * commentIds.length + 8L * groupIds.length + 4L * lastVisit.length
                + 2L * signatures.length;
    }
}
