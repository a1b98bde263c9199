package vn.gopy.drafts;

import java.util.List;

/** A public draft's card and its published versions, oldest first: what choosing versions to compare needs. */
public record DraftHistory(DraftCard card, List<VersionInfo> versions) {

    public DraftHistory {
        versions = List.copyOf(versions);
    }

    public boolean hasVersion(int number) {
        return versions.stream().anyMatch(v -> v.number() == number);
    }
}
