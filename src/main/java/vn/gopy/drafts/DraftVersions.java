package vn.gopy.drafts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * A draft's versions, oldest first. The first is written until the draft is published; later ones are
 * revisions. At most one version, always the last, is unpublished at a time.
 */
@Embeddable
class DraftVersions {

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<DraftVersion> versions = new ArrayList<>();

    void addFirst(Draft draft, Instant now) {
        versions.add(new DraftVersion(draft, 1, List.of(), now));
    }

    DraftVersion first() {
        return versions.getFirst();
    }

    /** The latest published version, or the first one while the draft is unpublished. */
    DraftVersion current() {
        return versions.reversed().stream().filter(DraftVersion::isPublished).findFirst().orElse(first());
    }

    Optional<DraftVersion> working() {
        DraftVersion last = versions.getLast();
        return last.isPublished() ? Optional.empty() : Optional.of(last);
    }

    Optional<DraftVersion> revision() {
        return working().filter(v -> v.getNumber() > 1);
    }

    Optional<DraftVersion> number(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    /** A new version holding a copy of the current text. */
    void startRevision(Draft draft, Instant now) {
        versions.add(new DraftVersion(draft, current().getNumber() + 1, current().text(), now));
    }

    void discardRevision() {
        revision().ifPresent(versions::remove);
    }

    List<DraftVersion> all() {
        return List.copyOf(versions);
    }
}
