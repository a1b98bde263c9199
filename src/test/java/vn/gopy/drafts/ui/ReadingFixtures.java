package vn.gopy.drafts.ui;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.gopy.TestStaff;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.AttachmentInfo;
import vn.gopy.drafts.AttachmentKind;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftAttachments;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.ImpactItem;
import vn.gopy.drafts.ImpactSummary;
import vn.gopy.drafts.ProcedureChange;
import vn.gopy.drafts.TextBlockData;
import vn.gopy.taxonomies.Taxonomies;
import vn.gopy.taxonomies.Term;

/** Drafts in every state a reader can meet, made through the drafters' services. */
@Component
class ReadingFixtures {

    static final byte[] PDF = "%PDF-1.4\n% Tờ trình\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private final DraftService drafts;
    private final DraftAttachments attachments;
    private final DraftFixtures fixtures;
    private final Taxonomies taxonomies;
    private final Clock clock;

    ReadingFixtures(DraftService drafts, DraftAttachments attachments, DraftFixtures fixtures, Taxonomies taxonomies,
            Clock clock) {
        this.taxonomies = taxonomies;
        this.drafts = drafts;
        this.attachments = attachments;
        this.fixtures = fixtures;
        this.clock = clock;
    }

    Term documentType(String code) {
        return taxonomies.documentTypes().find(code).orElseThrow();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(PortalTime.ZONE));
    }

    long agency(String code) {
        return fixtures.agency(code);
    }

    long open(long agencyId, String reference, int days) {
        return fixtures.openDraft(agencyId, reference, days);
    }

    /**
     * An open consultation that closes in {@code daysLeft} days. Shorter than the minimum from now, so it is
     * recorded by an administrator as one that opened weeks ago.
     */
    long openClosingIn(long agencyId, String reference, int daysLeft) {
        TestStaff.admin();
        long id = drafts.create(fixtures.details(agencyId, reference, now().minusDays(40), now().plusDays(daysLeft)));
        drafts.saveText(id, DraftFixtures.threeArticles());
        drafts.publishAsRecord(id);
        return id;
    }

    /** An open draft with a full impact summary: costs and benefits, procedures, two provinces. */
    long openWithImpact(long agencyId, String reference, List<TextBlockData> text) {
        TestStaff.drafterOf(agencyId);
        ImpactSummary impact = new ImpactSummary(Set.of("LAND_USERS"), Set.of("F"), Set.of(BusinessSize.SMALL),
                Set.of(), List.of(
                        new ImpactItem(ImpactItem.Kind.COST, "Hộ gia đình", "Lệ phí cấp giấy chứng nhận",
                                new BigInteger("1500000"), "mỗi hồ sơ"),
                        new ImpactItem(ImpactItem.Kind.BENEFIT, "Doanh nghiệp", "Rút ngắn thời gian giải quyết", null,
                                null)),
                List.of(new ProcedureChange(ProcedureChange.Change.REMOVED, "Xác nhận nguồn gốc đất",
                        "Không còn yêu cầu xác nhận của UBND cấp xã.")));
        DraftDetails base = fixtures.details(agencyId, reference, now().minusMinutes(1), now().plusDays(45));
        long id = drafts.create(new DraftDetails(base.referenceNumber(), base.title(), base.documentTypeCode(),
                agencyId, "vi", "Dự thảo sửa đổi quy định về thu hồi đất.\nBổ sung cơ chế bồi thường.",
                List.of("đất đai", "bồi thường"), base.opensAt(), base.closesAt(), impact));
        drafts.saveText(id, text);
        drafts.publish(id);
        return id;
    }

    /** Published now, opening for comment in {@code days} days. */
    long scheduled(long agencyId, String reference, int days) {
        TestStaff.drafterOf(agencyId);
        long id = drafts.create(fixtures.details(agencyId, reference, now().plusDays(days),
                now().plusDays(days + 40)));
        drafts.saveText(id, DraftFixtures.threeArticles());
        drafts.publish(id);
        return id;
    }

    /** A consultation held before, recorded by an administrator: it closed {@code daysAgo} days ago. */
    long closed(long agencyId, String reference, int daysAgo) {
        TestStaff.admin();
        long id = drafts.create(fixtures.details(agencyId, reference, now().minusDays(daysAgo + 60),
                now().minusDays(daysAgo)));
        drafts.saveText(id, DraftFixtures.threeArticles());
        drafts.publishAsRecord(id);
        return id;
    }

    /** Written but never published: only its agency's staff may see it. */
    long unpublished(long agencyId, String reference) {
        TestStaff.drafterOf(agencyId);
        long id = drafts.create(fixtures.details(agencyId, reference, now().plusDays(5), now().plusDays(50)));
        drafts.saveText(id, DraftFixtures.threeArticles());
        return id;
    }

    AttachmentInfo attach(long agencyId, long draftId, String fileName, byte[] content) {
        TestStaff.drafterOf(agencyId);
        return attachments.attach(draftId, AttachmentKind.EXPLANATORY_STATEMENT, fileName, content);
    }

    /** Publishes a second version in which article 2 is reworded, article 3 removed and article 4 added. */
    void revise(long agencyId, long draftId) {
        revise(agencyId, draftId, List.of(
                new TextBlockData(BlockKind.CHAPTER, "I", "QUY ĐỊNH CHUNG", ""),
                new TextBlockData(BlockKind.ARTICLE, "1", "Phạm vi điều chỉnh", "Luật này quy định về đất đai."),
                new TextBlockData(BlockKind.ARTICLE, "2", "Đối tượng áp dụng",
                        "1. Cơ quan nhà nước.\n2. Người sử dụng đất và tổ chức."),
                new TextBlockData(BlockKind.ARTICLE, "4", "Hiệu lực thi hành", "Luật này có hiệu lực từ năm 2027.")));
    }

    void revise(long agencyId, long draftId, List<TextBlockData> text) {
        TestStaff.drafterOf(agencyId);
        drafts.startRevision(draftId);
        drafts.saveText(draftId, text);
        drafts.publishRevision(draftId, "Tiếp thu ý kiến của Bộ Tài nguyên.");
    }

    /** A law as long as the Land Law: {@code chapters} chapters and {@code articles} articles of four clauses. */
    static List<TextBlockData> longLaw(int chapters, int articles) {
        List<TextBlockData> blocks = new ArrayList<>();
        blocks.add(new TextBlockData(BlockKind.TEXT, "", "", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"));
        int perChapter = (articles + chapters - 1) / chapters;
        for (int a = 1; a <= articles; a++) {
            if ((a - 1) % perChapter == 0) {
                blocks.add(new TextBlockData(BlockKind.CHAPTER, roman((a - 1) / perChapter + 1), "CHƯƠNG " + a, ""));
            }
            blocks.add(new TextBlockData(BlockKind.ARTICLE, String.valueOf(a), "Quy định số " + a,
                    "1. Khoản thứ nhất của điều " + a + ".\n2. Khoản thứ hai:\na) điểm a;\nb) điểm b.\n"
                            + "3. Khoản thứ ba.\n4. Khoản thứ tư."));
        }
        return blocks;
    }

    private static String roman(int n) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[n / 10] + ones[n % 10];
    }
}
