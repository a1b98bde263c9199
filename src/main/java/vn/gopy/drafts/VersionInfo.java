package vn.gopy.drafts;

import java.time.Instant;

/** A version of a draft's text: its number, when it was published (null while written) and why it changed. */
public record VersionInfo(int number, Instant publishedAt, String changeNote) {

    public boolean isPublished() {
        return publishedAt != null;
    }
}
