package vn.gopy.moderation.grouping;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import vn.gopy.moderation.internal.grouping.FormLetters;

/**
 * How well comments were grouped. Recall: the variants found in their campaign's largest group, over all
 * variants. False grouping: unrelated comments put into any group, over all unrelated comments. Mixed groups:
 * groups holding variants of two campaigns.
 */
record GroupingScore(int variants, int variantsInTheirCampaignsGroup, int unrelated, int unrelatedGrouped,
        int groups, int mixedGroups) {

    static GroupingScore of(List<SyntheticConsultation.Letter> letters, List<Long> ids, FormLetters formLetters) {
        Map<Integer, Map<Long, Integer>> groupSizesByCampaign = new HashMap<>();
        Map<Long, Set<Integer>> campaignsByGroup = new HashMap<>();
        int variants = 0;
        int unrelated = 0;
        int unrelatedGrouped = 0;
        for (int i = 0; i < letters.size(); i++) {
            SyntheticConsultation.Letter letter = letters.get(i);
            OptionalLong group = formLetters.groupOf(ids.get(i));
            if (letter.isVariant()) {
                variants++;
            } else {
                unrelated++;
            }
            if (group.isEmpty()) {
                continue;
            }
            campaignsByGroup.computeIfAbsent(group.getAsLong(), g -> new HashSet<>()).add(letter.campaign());
            if (letter.isVariant()) {
                groupSizesByCampaign.computeIfAbsent(letter.campaign(), c -> new HashMap<>())
                        .merge(group.getAsLong(), 1, Integer::sum);
            } else {
                unrelatedGrouped++;
            }
        }
        int inLargest = groupSizesByCampaign.values().stream()
                .mapToInt(sizes -> sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
        int mixed = (int) campaignsByGroup.values().stream()
                .filter(campaigns -> campaigns.stream().filter(c -> c != SyntheticConsultation.UNRELATED).count() > 1)
                .count();
        return new GroupingScore(variants, inLargest, unrelated, unrelatedGrouped, campaignsByGroup.size(), mixed);
    }

    double recall() {
        return variantsInTheirCampaignsGroup / (double) variants;
    }

    double falseGroupingRate() {
        return unrelatedGrouped / (double) unrelated;
    }
}
