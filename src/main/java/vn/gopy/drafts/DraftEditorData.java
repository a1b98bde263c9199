package vn.gopy.drafts;

import java.util.List;

/**
 * A draft as its editor needs it: the details, the text being written (or the current text when no
 * revision is in progress), the versions and the attachments.
 */
public record DraftEditorData(long id, DraftStatus status, DraftDetails details, List<TextBlockData> text,
        boolean textEditable, int workingVersion, List<VersionInfo> versions, List<AttachmentInfo> attachments) {

    public boolean isPublished() {
        return status.isPublic();
    }

    public boolean revisionInProgress() {
        return isPublished() && textEditable;
    }
}
