package vn.gopy.drafts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.gopy.TestStaff;
import vn.gopy.agencies.AgencyForm;
import vn.gopy.agencies.AgencyService;
import vn.gopy.common.PortalTime;

/** Builds agencies and drafts through the services, as staff would. */
@Component
public class DraftFixtures {

    private final AgencyService agencies;
    private final DraftService drafts;
    private final Clock clock;

    DraftFixtures(AgencyService agencies, DraftService drafts, Clock clock) {
        this.agencies = agencies;
        this.drafts = drafts;
        this.clock = clock;
    }

    public long agency(String code) {
        TestStaff.admin();
        return agencies.create(new AgencyForm(code, "Cơ quan " + code, "Agency " + code, "", true)).id();
    }

    public static List<TextBlockData> threeArticles() {
        return List.of(
                new TextBlockData(BlockKind.CHAPTER, "I", "QUY ĐỊNH CHUNG", ""),
                new TextBlockData(BlockKind.ARTICLE, "1", "Phạm vi điều chỉnh", "Luật này quy định về đất đai."),
                new TextBlockData(BlockKind.ARTICLE, "2", "Đối tượng áp dụng", "1. Cơ quan nhà nước.\n2. Người sử dụng đất."),
                new TextBlockData(BlockKind.ARTICLE, "3", "Giải thích từ ngữ", "Trong Luật này, các từ ngữ dưới đây được hiểu như sau:"));
    }

    public DraftDetails details(long agencyId, String reference, LocalDateTime opens, LocalDateTime closes) {
        return new DraftDetails(reference, "Luật Đất đai (sửa đổi) " + reference, "LAW", agencyId, "vi",
                "Dự thảo sửa đổi các quy định về thu hồi đất và bồi thường.", List.of("đất đai"), opens, closes,
                new ImpactSummary(Set.of("LAND_USERS"), Set.of("F", "L"), Set.of(BusinessSize.SMALL),
                        Set.of("ha-noi"), List.of(), List.of()));
    }

    /** A draft with three articles, published and open now for the given number of days. */
    public long openDraft(long agencyId, String reference, int days) {
        TestStaff.drafterOf(agencyId);
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
        long id = drafts.create(details(agencyId, reference, now.minusMinutes(1), now.plusDays(days)));
        drafts.saveText(id, threeArticles());
        drafts.publish(id);
        return id;
    }
}
