package vn.gopy.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.outreach.reach.ChannelReach;
import vn.gopy.outreach.reach.Channels;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.StaffAccountService;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.drafts.DraftFilter;
import vn.gopy.drafts.DraftPage;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.feedback.Dispositions;
import vn.gopy.feedback.Progress;
import vn.gopy.comments.CommentQuery;
import vn.gopy.comments.CommentService;
import vn.gopy.moderation.ModerationQueue;
import vn.gopy.moderation.QueueFilter;

/** The demo a newcomer sees passes every rule of the portal and looks like a living portal. */
@IntegrationTest
class DemoDataTest {

    @Autowired AgencyService agencies;
    @Autowired StaffAccountService accounts;
    @Autowired DemoDrafts demoDrafts;
    @Autowired DemoComments demoComments;
    @Autowired Dispositions dispositions;
    @Autowired CommentService comments;
    @Autowired ModerationQueue queue;
    @Autowired DraftCatalog catalog;
    @Autowired DraftService drafts;
    @Autowired TestDatabase database;
    @Autowired DemoChannels demoChannels;
    @Autowired Channels channels;
    @Autowired Clock clock;

    @Test
    void theDemoLoadsIntoAnEmptyDatabaseWithDraftsInEveryState() throws Exception {
        database.clear();
        DemoData demo = new DemoData(agencies, accounts, demoDrafts, demoComments, demoChannels, clock);
        demo.run(null);

        TestStaff.anonymous();
        assertThat(agencies.all()).hasSize(17);
        int files = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/drafts/*.txt").length;
        int revisions = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/drafts/*.v2.txt").length;
        long unpublished = catalogOfAll().stream().filter(c -> c.status() == DraftStatus.DRAFT).count();
        assertThat(unpublished).isZero();
        for (DraftStatus status : new DraftStatus[] {DraftStatus.OPEN, DraftStatus.SCHEDULED, DraftStatus.CLOSED}) {
            assertThat(catalog.browse(new DraftFilter(null, null, status), 0, 100).total()).as(status.name())
                    .isPositive();
        }

        DraftCard land = catalog.openNow(100).stream().filter(c -> c.title().equals("Luật Đất đai (sửa đổi)"))
                .findFirst().orElseThrow();
        DraftPage page = catalog.page(land.id(), null);
        assertThat(page.articles()).hasSize(260);
        assertThat(page.attachments()).isNotEmpty();
        var landComments = comments.published(new CommentQuery(land.id(), null, null, null, 0, 50));
        assertThat(landComments.total()).as("published demo comments on the Land Law").isEqualTo(8);
        assertThat(comments.publishedCountsByArticle(land.id())).containsEntry("3", 2L).containsEntry("12", 2L);

        TestStaff.admin();
        var waiting = queue.waiting(QueueFilter.any(), 0, 100).items();
        assertThat(waiting).as("two comments and a campaign of 24 letters wait for moderation").hasSize(26);
        assertThat(waiting.stream().filter(i -> i.groupSize() == 24)).as("the campaign is one group").hasSize(24);
        assertThat(drafts.myDrafts()).hasSize(files - revisions);
        assertThat(dispositions.progress(land.id())).as("five of the Land Law's comments are answered")
                .isEqualTo(new Progress(5, 8));
        assertThat(accounts.all()).extracting(a -> a.username()).contains("admin", "kiemduyet", "btp");
        assertThat(channels.of(land.id()).channels()).as("the Land Law's channels, none with invented visits")
                .extracting(ChannelReach::name, ChannelReach::visits)
                .contains(tuple("Báo Tài nguyên và Môi trường", 0L), tuple("UBND phường Hoàn Kiếm", 0L)).hasSize(4);

        demo.run(null);
        assertThat(drafts.myDrafts()).as("a second start adds nothing").hasSize(files - revisions);
    }

    private java.util.List<DraftCard> catalogOfAll() {
        return catalog.browse(DraftFilter.any(), 0, 100).items();
    }
}
