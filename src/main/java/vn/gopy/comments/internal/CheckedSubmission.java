package vn.gopy.comments.internal;

import java.util.List;

import vn.gopy.comments.CommenterKind;
import vn.gopy.drafts.BusinessSize;

/**
 * A submission that passed every rule, its texts normalised: what gets stored. {@code duplicateKey} is the same
 * for the same draft, article, e-mail address and text however the whitespace was typed.
 */
public record CheckedSubmission(long draftId, String articleLabel, String text, String email, String name,
        boolean publishName, CommenterKind kind, String organisation, String provinceCode, String sectorCode,
        BusinessSize businessSize, boolean mayContact, String language, List<Pdf> attachments, String duplicateKey,
        String referral) {

    public record Pdf(String fileName, byte[] content) {
    }
}
