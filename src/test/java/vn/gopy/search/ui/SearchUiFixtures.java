package vn.gopy.search.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.gopy.TestStaff;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.ImpactSummary;
import vn.gopy.drafts.TextBlockData;

/** Drafts worth searching for, made through the drafters' services and indexed as they are saved. */
@Component
public class SearchUiFixtures {

    public static final String SOCIAL_HOUSING_ARTICLE = "5";

    private final DraftService drafts;
    private final DraftFixtures fixtures;
    private final Clock clock;

    SearchUiFixtures(DraftService drafts, DraftFixtures fixtures, Clock clock) {
        this.drafts = drafts;
        this.fixtures = fixtures;
        this.clock = clock;
    }

    public long agency(String code) {
        return fixtures.agency(code);
    }

    /** The Housing Law, open now: construction businesses of small size, the whole country, workers. */
    public long housingLaw(long agencyId) {
        return open(agencyId, "NO-01", "Luật Nhà ở (sửa đổi)",
                "Dự thảo sửa đổi quy định về phát triển và quản lý nhà ở.",
                new ImpactSummary(Set.of("WORKERS"), Set.of("F"), Set.of(BusinessSize.SMALL), Set.of(), List.of(),
                        List.of()),
                List.of(new TextBlockData(BlockKind.CHAPTER, "I", "QUY ĐỊNH CHUNG", ""),
                        new TextBlockData(BlockKind.ARTICLE, "1", "Phạm vi điều chỉnh", "Luật này quy định về nhà ở."),
                        new TextBlockData(BlockKind.ARTICLE, "2", "Đối tượng áp dụng", "Tổ chức, cá nhân có liên quan."),
                        new TextBlockData(BlockKind.ARTICLE, SOCIAL_HOUSING_ARTICLE, "Nhà ở xã hội",
                                "Nhà nước có chính sách phát triển nhà ở xã hội cho người thu nhập thấp và công nhân.")));
    }

    /** The Land Law, open now: agriculture in Hà Nội. */
    public long landLaw(long agencyId) {
        return open(agencyId, "DD-01", "Luật Đất đai (sửa đổi)",
                "Dự thảo sửa đổi các quy định về thu hồi đất và bồi thường.",
                new ImpactSummary(Set.of("FARMERS"), Set.of("A"), Set.of(), Set.of("ha-noi"), List.of(), List.of()),
                DraftFixtures.threeArticles());
    }

    public long open(long agencyId, String reference, String title, String summary, ImpactSummary impact,
            List<TextBlockData> text) {
        TestStaff.drafterOf(agencyId);
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
        long id = drafts.create(new DraftDetails(reference, title, "LAW", agencyId, "vi", summary, List.of(),
                now.minusMinutes(1), now.plusDays(45), impact));
        drafts.saveText(id, text);
        drafts.publish(id);
        TestStaff.anonymous();
        return id;
    }

    /** A plain open draft titled {@code title}, for counts and pages. */
    public long titled(long agencyId, String reference, String title) {
        return open(agencyId, reference, title, "Tóm tắt của dự thảo " + reference + ".", ImpactSummary.none(),
                DraftFixtures.threeArticles());
    }
}
