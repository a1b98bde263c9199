package vn.gopy.comments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.comments.CommenterKind;
import vn.gopy.comments.Referral;
import vn.gopy.comments.SubmittedFile;
import vn.gopy.common.FileKind;
import vn.gopy.common.InputCheck;
import vn.gopy.common.PlainText;
import vn.gopy.taxonomies.Taxonomies;

/**
 * The rules of the comment form, all checked at once so the author can fix every field in one go. Nothing is
 * stored unless all pass. Messages are keys of the {@code comments} bundle ({@code comments.error.*}).
 */
@Component
public class SubmissionCheck {

    public static final int MAX_TEXT = 5_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_ORGANISATION = 300;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_FILES = 3;
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    private static final int MAX_FILE_NAME = 150;
    /** Deliberately loose: the confirmation mail is the real test of an address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final Taxonomies taxonomies;

    SubmissionCheck(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    public CheckedSubmission check(CommentSubmission s) {
        InputCheck check = new InputCheck();
        String text = s.text() == null ? null : PlainText.normalise(s.text()).strip().replaceAll("\\n{3,}", "\n\n");
        check.requiredText("text", text, MAX_TEXT);
        String email = PlainText.singleLine(s.email());
        check.requiredText("email", email, MAX_EMAIL);
        if (!check.hasProblemWith("email") && !EMAIL.matcher(email).matches()) {
            check.require(false, "email", "comments.error.email");
        }
        String name = blankToNull(PlainText.singleLine(s.name()));
        check.optionalText("name", name, MAX_NAME);
        check.require(!s.publishName() || name != null, "name", "comments.error.name-to-publish");
        check.require(s.kind() != null, "kind", "common.error.required");
        boolean needsOrganisation = s.kind() != null && s.kind().needsOrganisation();
        String organisation = blankToNull(PlainText.singleLine(s.organisation()));
        if (needsOrganisation) {
            check.requiredText("organisation", organisation, MAX_ORGANISATION);
        } else {
            check.optionalText("organisation", organisation, MAX_ORGANISATION);
        }
        String province = blankToNull(s.provinceCode());
        check.require(province == null || taxonomies.provinces().contains(province), "province",
                "comments.error.unknown-choice");
        boolean business = s.kind() == CommenterKind.BUSINESS;
        String sector = business ? blankToNull(s.sectorCode()) : null;
        if (business) {
            check.require(sector != null, "sector", "common.error.required");
            check.require(sector == null || taxonomies.sectors().contains(sector), "sector", "comments.error.unknown-choice");
            check.require(s.businessSize() != null, "size", "common.error.required");
        }
        check.require(s.consentToPublishText(), "consentToPublishText", "comments.error.consent-text");
        check.require(s.consentToPrivacyNotice(), "consentToPrivacyNotice", "comments.error.consent-privacy");
        check.require(s.website() == null || s.website().isBlank(), "website", "comments.error.rejected");
        List<CheckedSubmission.Pdf> pdfs = attachments(s.attachments(), check);
        check.throwIfInvalid();
        String label = blankToNull(PlainText.singleLine(s.articleLabel()));
        return new CheckedSubmission(s.draftId(), label, text, email, name, s.publishName(), s.kind(),
                organisation, province, sector, business ? s.businessSize() : null, s.mayContact(),
                "en".equals(s.language()) ? "en" : "vi",
                pdfs, DuplicateKey.of(s.draftId(), label, email, text), Referral.clean(s.referral()));
    }

    private static List<CheckedSubmission.Pdf> attachments(List<SubmittedFile> files, InputCheck check) {
        if (files.size() > MAX_FILES) {
            check.require(false, "attachments", "comments.error.too-many-files", MAX_FILES);
            return List.of();
        }
        List<CheckedSubmission.Pdf> pdfs = new ArrayList<>();
        for (SubmittedFile file : files) {
            String name = fileName(file.fileName());
            byte[] content = file.content() == null ? new byte[0] : file.content();
            if (content.length > MAX_FILE_BYTES) {
                check.require(false, "attachments", "comments.error.file-too-large", name, MAX_FILE_BYTES / (1024 * 1024));
            } else if (FileKind.detect(content).orElse(null) != FileKind.PDF) {
                check.require(false, "attachments", "comments.error.not-pdf", name);
            } else {
                pdfs.add(new CheckedSubmission.Pdf(name, content));
            }
        }
        return pdfs;
    }

    /** The name as shown for download: no folders, no characters that could disguise it, ending in .pdf. */
    static String fileName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        name = PlainText.singleLine(name).codePoints()
                .map(c -> PlainText.firstForbiddenCharacter(Character.toString(c)).isPresent() || c == '"' ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (name.isBlank()) {
            name = "attachment";
        }
        if (name.codePointCount(0, name.length()) > MAX_FILE_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME));
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
