package vn.gopy.drafts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import vn.gopy.common.PortalTime;

/** Reads a draft back into the shape its editor works with. */
final class EditorData {

    private EditorData() {
    }

    static DraftEditorData of(Draft draft) {
        DraftDetails details = new DraftDetails(draft.getReferenceNumber(), draft.getTitle(),
                draft.getDocumentTypeCode(), draft.getAgencyId(), draft.getLanguage(), draft.getSummary(),
                draft.getTopics(), local(draft.window().opensAt()), local(draft.window().closesAt()), draft.impact());
        DraftVersion shown = draft.versions().working().orElse(draft.versions().current());
        List<VersionInfo> versions = draft.versions().all().stream()
                .map(v -> new VersionInfo(v.getNumber(), v.getPublishedAt(), v.getChangeNote())).toList();
        List<AttachmentInfo> attachments = draft.attachments().stream().map(Attachment::info).toList();
        return new DraftEditorData(draft.getId(), draft.getStatus(), details, shown.text(),
                draft.versions().working().isPresent(), shown.getNumber(), versions, attachments);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, PortalTime.ZONE);
    }
}
