package vn.gopy.comments;

import java.util.List;

import vn.gopy.drafts.BusinessSize;

/**
 * The comment form as submitted. {@code articleLabel} is null for a comment on the whole draft;
 * {@code publishName} false means "publish without my name"; {@code mayContact} is the author's optional
 * agreement that the drafting agency may write to them (only then do drafters see the address); {@code website}
 * is the honeypot that people
 * never see and robots fill in; {@code language} ("vi", "en") is the language of the mail the author gets;
 * {@code referral} is the optional code of the way the author arrived (see {@link Referral}).
 */
public record CommentSubmission(long draftId, String articleLabel, String text, String email, String name,
        boolean publishName, CommenterKind kind, String organisation, String provinceCode, String sectorCode,
        BusinessSize businessSize, boolean consentToPublishText, boolean consentToPrivacyNotice, boolean mayContact,
        String website,
        List<SubmittedFile> attachments, String language, String referral) {

    public CommentSubmission {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A submission that did not arrive by any particular way. */
    public CommentSubmission(long draftId, String articleLabel, String text, String email, String name,
            boolean publishName, CommenterKind kind, String organisation, String provinceCode, String sectorCode,
            BusinessSize businessSize, boolean consentToPublishText, boolean consentToPrivacyNotice, boolean mayContact,
            String website, List<SubmittedFile> attachments, String language) {
        this(draftId, articleLabel, text, email, name, publishName, kind, organisation, provinceCode, sectorCode,
                businessSize, consentToPublishText, consentToPrivacyNotice, mayContact, website, attachments, language,
                null);
    }
}
