package vn.gopy.search.ui;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.search.SearchFixtures;

/** Drafts worth searching for, made through the drafters' services and indexed as they are published. */
@Component
public class SearchUiFixtures {

    public static final String SOCIAL_HOUSING_ARTICLE = "5";

    private final SearchFixtures search;
    private final DraftFixtures fixtures;

    SearchUiFixtures(SearchFixtures search, DraftFixtures fixtures) {
        this.search = search;
        this.fixtures = fixtures;
    }

    public long agency(String code) {
        return fixtures.agency(code);
    }

    /** The Housing Law, open now: construction businesses of small size, the whole country, workers. */
    public long housingLaw(long agencyId) {
        return search.draft(agencyId, "Luật Nhà ở (sửa đổi)").reference("NO-01").window(0, 45)
                .summary("Dự thảo sửa đổi quy định về phát triển và quản lý nhà ở.")
                .groups("WORKERS").sectors("F").sizes(BusinessSize.SMALL)
                .text(List.of(new TextBlockData(BlockKind.CHAPTER, "I", "QUY ĐỊNH CHUNG", ""),
                        new TextBlockData(BlockKind.ARTICLE, "1", "Phạm vi điều chỉnh", "Luật này quy định về nhà ở."),
                        new TextBlockData(BlockKind.ARTICLE, "2", "Đối tượng áp dụng", "Tổ chức, cá nhân có liên quan."),
                        new TextBlockData(BlockKind.ARTICLE, SOCIAL_HOUSING_ARTICLE, "Nhà ở xã hội",
                                "Nhà nước có chính sách phát triển nhà ở xã hội cho người thu nhập thấp và công nhân.")))
                .publish();
    }

    /** The Land Law, open now: agriculture in Hà Nội. */
    public long landLaw(long agencyId) {
        return search.draft(agencyId, "Luật Đất đai (sửa đổi)").reference("DD-01").window(0, 45)
                .summary("Dự thảo sửa đổi các quy định về thu hồi đất và bồi thường.")
                .groups("FARMERS").sectors("A").provinces("ha-noi").text(DraftFixtures.threeArticles()).publish();
    }

    /** A plain open draft titled {@code title}, for counts and pages. */
    public long titled(long agencyId, String reference, String title) {
        return search.draft(agencyId, title).reference(reference).window(0, 45)
                .summary("Tóm tắt của dự thảo " + reference + ".").text(DraftFixtures.threeArticles()).publish();
    }
}
