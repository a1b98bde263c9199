package vn.gopy.comments.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gopy.TestStaff;
import vn.gopy.comments.CommentDecisions;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.comments.CommenterKind;
import vn.gopy.comments.Receipt;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;

/**
 * Drafts open, scheduled or closed, and comments in every state, made through the services as citizens
 * and moderators would: submitted, confirmed with the link from the mail, published or rejected.
 */
@Component
class CommentUiFixtures {

    private static final Pattern CONFIRM_LINK = Pattern.compile("comments/confirm/([A-Za-z0-9_\\-]+)");

    private final DraftFixtures drafts;
    private final DraftService draftService;
    private final CommentService comments;
    private final CommentDecisions decisions;
    private final JdbcClient jdbc;
    private final Clock clock;
    /** Each comment comes from its own address, so that the rate limit never gets in a test's way. */
    private final AtomicInteger sender = new AtomicInteger();

    CommentUiFixtures(DraftFixtures drafts, DraftService draftService, CommentService comments,
            CommentDecisions decisions, JdbcClient jdbc, Clock clock) {
        this.drafts = drafts;
        this.draftService = draftService;
        this.comments = comments;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long agency(String code) {
        return drafts.agency(code);
    }

    /** Open for 40 more days, with articles 1, 2 and 3. */
    long openDraft(long agencyId, String reference) {
        return drafts.openDraft(agencyId, reference, 40);
    }

    long scheduledDraft(long agencyId, String reference) {
        TestStaff.drafterOf(agencyId);
        long id = draftService.create(drafts.details(agencyId, reference, now().plusDays(5), now().plusDays(50)));
        draftService.saveText(id, DraftFixtures.threeArticles());
        draftService.publish(id);
        return id;
    }

    long closedDraft(long agencyId, String reference) {
        TestStaff.admin();
        long id = draftService.create(drafts.details(agencyId, reference, now().minusDays(70), now().minusDays(10)));
        draftService.saveText(id, DraftFixtures.threeArticles());
        draftService.publishAsRecord(id);
        return id;
    }

    Receipt submit(long draftId, String articleLabel, String text, String email, CommenterKind kind) {
        TestStaff.anonymous();
        boolean organisation = kind.needsOrganisation();
        CommentSubmission submission = new CommentSubmission(draftId, articleLabel, text, email, "Nguyễn Văn An",
                true, kind, organisation ? "Công ty Xây dựng Ánh Dương" : null, "ha-noi",
                kind.isBusiness() ? "F" : null, kind.isBusiness() ? BusinessSize.SMALL : null,
                true, true, false, "", List.of(), "vi");
        return comments.submit(submission, "198.51.100." + sender.incrementAndGet() % 250);
    }

    /** The token in the last confirmation mail to this address. */
    String confirmationToken(String email) {
        String body = jdbc.sql("SELECT text_body FROM mail_outbox WHERE lower(recipient) = lower(?) ORDER BY id DESC LIMIT 1")
                .param(email).query(String.class).single();
        Matcher link = CONFIRM_LINK.matcher(body);
        if (!link.find()) {
            throw new IllegalStateException("No confirmation link in: " + body);
        }
        return link.group(1);
    }

    /** How many mails wait in the outbox: every stored comment queues one, so none means none was stored. */
    long mailsQueued() {
        return jdbc.sql("SELECT count(*) FROM mail_outbox").query(Long.class).single();
    }

    void confirm(String email) {
        comments.confirm(confirmationToken(email));
    }

    /** Submitted, confirmed and published. */
    Receipt published(long draftId, String articleLabel, String text, String email, CommenterKind kind) {
        Receipt receipt = submit(draftId, articleLabel, text, email, kind);
        confirm(email);
        TestStaff.moderator();
        decisions.publish(decisions.idOf(receipt.trackingNumber()).orElseThrow());
        TestStaff.anonymous();
        return receipt;
    }

    void reject(Receipt receipt, String reason) {
        TestStaff.moderator();
        decisions.reject(decisions.idOf(receipt.trackingNumber()).orElseThrow(), reason);
        TestStaff.anonymous();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(PortalTime.ZONE));
    }
}
