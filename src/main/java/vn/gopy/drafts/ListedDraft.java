package vn.gopy.drafts;

import java.util.Set;

/** A draft's card with the sectors and provinces its impact summary names, for feeds that classify entries. */
public record ListedDraft(DraftCard card, Set<String> sectors, Set<String> provinces) {

    public ListedDraft {
        sectors = Set.copyOf(sectors);
        provinces = Set.copyOf(provinces);
    }
}
