package vn.gopy.drafts;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a drafter enters about a draft, apart from its text and attachments. The window's times are
 * Vietnam local times ({@link vn.gopy.common.PortalTime#ZONE}); {@code language} is "vi" or "en".
 */
public record DraftDetails(String referenceNumber, String title, String documentTypeCode, Long agencyId,
        String language, String summary, List<String> topics, LocalDateTime opensAt, LocalDateTime closesAt,
        ImpactSummary impact) {

    public DraftDetails {
        topics = topics == null ? List.of() : List.copyOf(topics);
        impact = impact == null ? ImpactSummary.none() : impact;
    }

    public static DraftDetails empty(Long agencyId) {
        return new DraftDetails("", "", "LAW", agencyId, "vi", "", List.of(), null, null, ImpactSummary.none());
    }
}
