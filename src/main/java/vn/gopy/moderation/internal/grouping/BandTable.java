package vn.gopy.moderation.internal.grouping;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * LSH buckets in plain int arrays: band key → the entries filed under it, newest first. A draft with 100,000
 * comments files 3.2 million entries; boxed maps would take several times the memory. Not thread-safe: the
 * draft's index guards it.
 */
final class BandTable {

    private int[] keys = new int[1 << 12];
    private int[] heads = new int[1 << 12]; // newest entry + 1; 0 marks a free slot
    private int[] previous = new int[1 << 12]; // by entry: the entry filed before it under the same key, + 1
    private int distinctKeys;

    void add(int key, int entry) {
        if (entry >= previous.length) {
            previous = Arrays.copyOf(previous, Math.max(entry + 1, previous.length * 2));
        }
        if (distinctKeys * 4 >= keys.length * 3) {
            grow();
        }
        int slot = find(key);
        if (heads[slot] == 0) {
            keys[slot] = key;
            distinctKeys++;
        }
        previous[entry] = heads[slot];
        heads[slot] = entry + 1;
    }

    void forEach(int key, IntConsumer action) {
        for (int e = heads[find(key)]; e != 0; e = previous[e - 1]) {
            action.accept(e - 1);
        }
    }

    long bytes() {
        return 4L * (keys.length + heads.length + previous.length);
    }

    /** Linear probing: the key's slot, or the free slot where it would go. */
    private int find(int key) {
        int mask = keys.length - 1;
        int slot = (int) Shingles.mix(key) & mask;
        while (heads[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new int[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
