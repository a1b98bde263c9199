package vn.gopy.moderation.internal.grouping;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * MinHash signatures and their LSH bands (see docs/decisions/0016-form-letter-grouping.md). The share of equal
 * positions in two signatures estimates the Jaccard similarity of the two shingle sets; two texts land in the
 * same bucket of a band when all of the band's rows are equal, which happens with probability J^rows per band.
 * With 32 bands of 4 rows, texts with J = 0.5 meet in at least one band 87 % of the time, J = 0.6 99 %, and
 * J = 0.1 only 0.3 %.
 */
final class MinHash {

    static final int BANDS = 32;
    static final int ROWS = 4;
    static final int LENGTH = BANDS * ROWS;

    // Fixed seeds: signatures are stored, and must mean the same after a restart.
    private static final long[] MULTIPLIERS = new long[LENGTH];
    private static final long[] ADDENDS = new long[LENGTH];

    static {
        SplittableRandom random = new SplittableRandom(0x6f70795f6d696e68L);
        for (int i = 0; i < LENGTH; i++) {
            MULTIPLIERS[i] = random.nextLong() | 1;
            ADDENDS[i] = random.nextLong();
        }
    }

    private MinHash() {
    }

    /** For each of the LENGTH hash functions (multiply-shift on the mixed shingle), the smallest value. */
    static int[] signature(long[] shingles) {
        int[] signature = new int[LENGTH];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < LENGTH; i++) {
                int h = (int) ((MULTIPLIERS[i] * shingle + ADDENDS[i]) >>> 33); // 31 bits, never negative
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The bucket key of one band; the band's number is part of it, so that one table can hold every band. */
    static int bandKey(int[] signature, int offset, int band) {
        long h = band;
        for (int row = 0; row < ROWS; row++) {
            h = Shingles.mix(h * 31 + signature[offset + band * ROWS + row]);
        }
        return (int) h;
    }

    static byte[] toBytes(int[] signature) {
        ByteBuffer bytes = ByteBuffer.allocate(LENGTH * Integer.BYTES);
        bytes.asIntBuffer().put(signature);
        return bytes.array();
    }

    static int[] fromBytes(byte[] bytes) {
        int[] signature = new int[LENGTH];
        ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
        return signature;
    }
}
