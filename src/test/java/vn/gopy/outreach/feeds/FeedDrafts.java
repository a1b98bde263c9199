package vn.gopy.outreach.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.gopy.TestClock;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.ImpactSummary;
import vn.gopy.common.PortalTime;

/**
 * The drafts the feed tests read: two open consultations of different agencies, sectors and provinces (one with
 * a hostile title), and three that no feed of open consultations may show: a closed one, a scheduled one and
 * one that was never published. Built through the services, as staff would; the clock is moved forward once,
 * so tests that use this must reset it.
 */
@Component
class FeedDrafts {

    static final String HOSTILE_TITLE = "<script>alert('x')</script> Thuế & phí \"mới\" ]]> của Bộ";
    static final String HOSTILE_SUMMARY = "Giảm <b>phí</b> & lệ phí cho doanh nghiệp nhỏ; hiệu lực từ năm 2027.";

    long btp;
    long bct;
    long closed;
    long landLaw;
    long hostile;
    long scheduled;
    long unpublished;

    private final TestDatabase database;
    private final TestClock clock;
    private final DraftFixtures fixtures;
    private final DraftService drafts;

    FeedDrafts(TestDatabase database, Clock clock, DraftFixtures fixtures, DraftService drafts) {
        this.database = database;
        this.clock = (TestClock) clock;
        this.fixtures = fixtures;
        this.drafts = drafts;
    }

    FeedDrafts build() {
        database.clear();
        clock.reset();
        btp = fixtures.agency("BTP");
        bct = fixtures.agency("BCT");
        closed = fixtures.openDraft(btp, "CLOSED-1", 31);
        clock.advance(Duration.ofDays(40));
        landLaw = publish(btp, "DD-1", "Luật Đất đai (sửa đổi) DD-1", "Sửa đổi quy định về thu hồi đất và bồi thường.",
                Set.of("F", "L"), Set.of("ha-noi"), Duration.ofDays(2));
        hostile = publish(bct, "THUE-1", HOSTILE_TITLE, HOSTILE_SUMMARY, Set.of("C"), Set.of(), Duration.ofMinutes(1));
        scheduled = create(btp, "LATER-1", "Nghị định sẽ mở sau", Set.of("F"), Set.of("ha-noi"),
                now().plusDays(5), now().plusDays(45));
        drafts.publish(scheduled);
        unpublished = create(btp, "HIDDEN-1", "Dự thảo chưa công bố", Set.of("F"), Set.of("ha-noi"),
                now().plusDays(1), now().plusDays(40));
        TestStaff.anonymous();
        return this;
    }

    void reset() {
        clock.reset();
    }

    private long publish(long agency, String reference, String title, String summary, Set<String> sectors,
            Set<String> provinces, Duration openedAgo) {
        LocalDateTime opens = now().minus(openedAgo);
        long id = create(agency, reference, title, sectors, provinces, opens, now().plusDays(35), summary);
        drafts.publish(id);
        return id;
    }

    private long create(long agency, String reference, String title, Set<String> sectors, Set<String> provinces,
            LocalDateTime opens, LocalDateTime closes) {
        return create(agency, reference, title, sectors, provinces, opens, closes, "Tóm tắt " + reference);
    }

    private long create(long agency, String reference, String title, Set<String> sectors, Set<String> provinces,
            LocalDateTime opens, LocalDateTime closes, String summary) {
        TestStaff.drafterOf(agency);
        long id = drafts.create(new DraftDetails(reference, title, "DECREE", agency, "vi", summary, List.of(),
                opens, closes, new ImpactSummary(Set.of(), sectors, Set.of(BusinessSize.SMALL), provinces,
                        List.of(), List.of())));
        drafts.saveText(id, DraftFixtures.threeArticles());
        return id;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(PortalTime.ZONE));
    }
}
