package vn.gopy.drafts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.common.InputCheck;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.PlainText;
import vn.gopy.drafts.internal.AttachmentStore;
import vn.gopy.drafts.internal.DraftRepository;
import vn.gopy.common.FileKind;
import vn.gopy.security.Role;

/**
 * Documents attached to a draft (explanatory statement, impact assessment): PDF or Word, checked by their
 * content, at most {@value #MAX_MEGABYTES} MB each.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class DraftAttachments {

    public static final int MAX_MEGABYTES = 20;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    public static final int MAX_ATTACHMENTS = 20;

    private final DraftService draftService;
    private final DraftRepository drafts;
    private final AttachmentStore store;
    private final Clock clock;

    DraftAttachments(DraftService draftService, DraftRepository drafts, AttachmentStore store, Clock clock) {
        this.draftService = draftService;
        this.drafts = drafts;
        this.store = store;
        this.clock = clock;
    }

    public AttachmentInfo attach(long draftId, AttachmentKind kind, String fileName, byte[] content) {
        Draft draft = draftService.editable(draftId);
        String name = safeFileName(fileName);
        FileKind detected = check(draft, kind, name, content);
        Attachment attachment = draft.attach(kind, name, detected.mediaType(), content.length, sha256(content),
                clock.instant());
        drafts.flush(); // the draft is managed: flushing persists the new attachment and gives it its id
        store.save(attachment.getId(), content);
        return attachment.info();
    }

    public void detach(long draftId, long attachmentId) {
        Draft draft = draftService.editable(draftId);
        if (!draft.detach(attachmentId)) {
            throw InvalidInputException.of("attachments", "drafts.error.attachment-unknown");
        }
        drafts.save(draft);
    }

    private static FileKind check(Draft draft, AttachmentKind kind, String name, byte[] content) {
        InputCheck check = new InputCheck()
                .require(kind != null, "attachmentKind", "drafts.error.attachment-kind")
                .require(content.length > 0, "attachments", "drafts.error.file-empty", name)
                .require(content.length <= MAX_BYTES, "attachments", "drafts.error.file-too-large", MAX_MEGABYTES)
                .require(draft.attachments().size() < MAX_ATTACHMENTS, "attachments",
                        "drafts.error.too-many-attachments", MAX_ATTACHMENTS);
        check.throwIfInvalid();
        FileKind detected = FileKind.detect(content).orElseThrow(
                () -> InvalidInputException.of("attachments", "drafts.error.file-kind", name));
        FileKind.claimedBy(name).filter(claimed -> claimed != detected).ifPresent(claimed -> {
            throw InvalidInputException.of("attachments", "drafts.error.file-misnamed", name,
                    detected.extension().toUpperCase(Locale.ROOT));
        });
        return detected;
    }

    /** Keeps only the last path segment and plain characters; a download must not be able to name a path. */
    static String safeFileName(String fileName) {
        String name = PlainText.singleLine(fileName == null ? "" : fileName);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
