package vn.gopy.moderation.internal.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import vn.gopy.common.PlainText;

/**
 * A text as the set of its 3-word shingles, hashed to 64 bits. Words are folded (case and Vietnamese
 * diacritics) and punctuation is dropped, so that "Kính gửi," and "kinh gui" are the same two words: campaign
 * copies are retyped, pasted through phones without a Vietnamese keyboard and re-punctuated.
 */
final class Shingles {

    static final int WORDS_PER_SHINGLE = 3;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {
    }

    /** The folded words of a text, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_WORD.split(PlainText.folded(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The distinct shingle hashes, sorted; empty when the text has fewer than three words. */
    static long[] of(String text) {
        List<String> words = words(text);
        if (words.size() < WORDS_PER_SHINGLE) {
            return new long[0];
        }
        long[] wordHashes = words.stream().mapToLong(Shingles::hash).toArray();
        long[] shingles = new long[wordHashes.length - WORDS_PER_SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = mix(mix(mix(wordHashes[i]) + wordHashes[i + 1]) + wordHashes[i + 2]);
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }

    /** FNV-1a over the word's characters. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: every input bit changes about half of the output bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
