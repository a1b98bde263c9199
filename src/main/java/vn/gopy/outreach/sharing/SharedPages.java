package vn.gopy.outreach.sharing;

import java.util.Optional;

/** What the served pages (card, poster) share about their addresses. */
final class SharedPages {

    private SharedPages() {
    }

    /** The draft id of an address, if it is one: anything else is a page not found, not an error. */
    static Optional<Long> draftId(String segment) {
        return segment != null && segment.matches("\\d{1,18}") ? Optional.of(Long.parseLong(segment)) : Optional.empty();
    }
}
