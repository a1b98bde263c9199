package vn.gopy.moderation.grouping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Campaign variants mixed at random among unrelated comments, in the order they arrive. */
final class SyntheticConsultation {

    /** A comment as generated: the campaign letter it copies, or {@link #UNRELATED}. */
    record Letter(String text, int campaign) {
        boolean isVariant() {
            return campaign != UNRELATED;
        }
    }

    static final int UNRELATED = -1;
    /** The campaigns' shares of the variants: a large campaign and smaller ones, as in real consultations. */
    private static final int[] CAMPAIGN_SHARES = {40, 30, 20, 10};

    private SyntheticConsultation() {
    }

    static List<Letter> of(int variants, int unrelated, long seed) {
        Random random = new Random(seed);
        List<Letter> letters = new ArrayList<>(variants + unrelated);
        for (int campaign = 0; campaign < CAMPAIGN_SHARES.length; campaign++) {
            int count = variants * CAMPAIGN_SHARES[campaign] / 100;
            for (int i = 0; i < count; i++) {
                letters.add(new Letter(CampaignLetters.variant(campaign, random), campaign));
            }
        }
        for (int i = 0; i < unrelated; i++) {
            letters.add(new Letter(UnrelatedComments.next(random), UNRELATED));
        }
        Collections.shuffle(letters, random);
        return letters;
    }
}
