package vn.gopy.outreach.reach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentFixtures;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftFixtures;

/**
 * A comment from someone who arrived by a channel's link counts for that channel once its author confirms it:
 * once, on the day of confirmation; never before, and never for an unknown, retired or other draft's channel.
 */
@IntegrationTest
class ChannelCommentsTest {

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired CommentFixtures comments;
    @Autowired CommentService commentService;
    @Autowired Channels channels;
    @Autowired JdbcClient jdbc;
    @Autowired vn.gopy.TestClock clock;
    @Autowired vn.gopy.outreach.reach.internal.ChannelCounts counts;

    long draft;
    long otherDraft;
    ChannelReach paper;

    @BeforeEach
    void aChannel() {
        database.clear();
        long justice = drafts.agency("BTP");
        draft = drafts.openDraft(justice, "CC-1", 40);
        otherDraft = drafts.openDraft(justice, "CC-2", 40);
        paper = channels.add(draft, new NewChannel(ChannelKind.NEWSPAPER, "Báo Tuổi Trẻ", null));
        TestStaff.anonymous();
    }

    @AfterEach
    void noOneActsAnyMore() {
        SecurityContextHolder.clearContext();
    }

    private String submit(long draftId, String referral) {
        CommentSubmission s = CommentFixtures.submission(draftId, "1", "Đề nghị làm rõ Điều 1 " + System.nanoTime(),
                CommentFixtures.uniqueEmail());
        return commentService.submit(new CommentSubmission(s.draftId(), s.articleLabel(), s.text(), s.email(),
                s.name(), s.publishName(), s.kind(), s.organisation(), s.provinceCode(), s.sectorCode(),
                s.businessSize(), true, true, false, "", s.attachments(), "vi", referral), "192.0.2.7").trackingNumber();
    }

    private long confirmedComments() {
        return jdbc.sql("SELECT coalesce(sum(confirmed_comments), 0) FROM outreach_channel_day WHERE channel_id = ? AND day = ?")
                .params(paper.id(), PortalTime.today(clock)).query(Long.class).single();
    }

    private String referralOf(String trackingNumber) {
        return jdbc.sql("SELECT referral FROM comment WHERE tracking_number = ?").param(trackingNumber)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void aConfirmedCommentCountsOnceForItsChannelAndAnUnconfirmedOneNotAtAll() {
        String confirmed = submit(draft, paper.code().toUpperCase());
        String unconfirmed = submit(draft, paper.code());
        assertThat(confirmedComments()).isZero();

        String token = comments.confirmationToken(confirmed);
        commentService.confirm(token);
        commentService.confirm(token);

        assertThat(confirmedComments()).isEqualTo(1);
        assertThat(referralOf(confirmed)).isEqualTo(paper.code());
        assertThat(referralOf(unconfirmed)).isEqualTo(paper.code());
        TestStaff.admin();
        assertThat(channels.of(draft).channels()).singleElement().satisfies(c -> {
            assertThat(c.confirmedComments()).isEqualTo(1);
            assertThat(c.visits()).isZero();
            assertThat(c.commentsPer100Visits()).isNull();
        });
    }

    @Test
    void unknownOtherDraftsAndRetiredCodesCountNothing() {
        String unknown = submit(draft, "zzzzzzz");
        String otherDrafts = submit(otherDraft, paper.code());
        String garbage = submit(draft, "<b>x</b>");
        comments.confirm(unknown);
        comments.confirm(otherDrafts);
        comments.confirm(garbage);
        assertThat(referralOf(garbage)).isNull();

        String late = submit(draft, paper.code());
        counts.visit(paper.id(), PortalTime.today(clock));
        TestStaff.admin();
        assertThat(channels.remove(draft, paper.id())).as("retired").isTrue();
        TestStaff.anonymous();
        comments.confirm(late);

        assertThat(jdbc.sql("SELECT coalesce(sum(confirmed_comments), 0) FROM outreach_channel_day").query(Long.class)
                .single()).isZero();
    }
}
