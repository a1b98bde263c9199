package vn.gopy.comments;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gopy.TestStaff;
import vn.gopy.drafts.BusinessSize;

/** Comments made through the services, as their authors and moderators would. */
@Component
public class CommentFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CommentService comments;
    private final CommentDecisions decisions;
    private final JdbcClient jdbc;

    CommentFixtures(CommentService comments, CommentDecisions decisions, JdbcClient jdbc) {
        this.comments = comments;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    /** A valid submission by an individual who agrees to everything and publishes her name. */
    public static CommentSubmission submission(long draftId, String article, String text, String email) {
        return new CommentSubmission(draftId, article, text, email, "Nguyễn Thị Lan", true, CommenterKind.INDIVIDUAL,
                null, "ha-noi", null, null, true, true, false, "", List.of(), "vi");
    }

    public static CommentSubmission business(long draftId, String article, String text, String email) {
        return new CommentSubmission(draftId, article, text, email, "Trần Văn Minh", true, CommenterKind.BUSINESS,
                "Công ty TNHH Minh Phát", "ho-chi-minh", "F", BusinessSize.SMALL, true, true, false, "", List.of(), "vi");
    }

    /** A fresh address for each comment, so that tests never share a rate-limit bucket by accident. */
    public static String uniqueEmail() {
        return "nguoi" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@example.vn";
    }

    /** Submits, confirms and publishes a comment; returns its id. */
    public long published(CommentSubmission submission) {
        String number = comments.submit(submission, "192.0.2.1").trackingNumber();
        confirm(number);
        TestStaff.moderator();
        long id = decisions.idOf(number).orElseThrow();
        decisions.publish(id);
        TestStaff.anonymous();
        return id;
    }

    /** Confirms as if the author had opened the mail's link (tests cannot read the secret token otherwise). */
    public void confirm(String trackingNumber) {
        String token = confirmationToken(trackingNumber);
        comments.confirm(token);
    }

    /** The token of the latest confirmation mail to this comment's author, read from the outbox. */
    public String confirmationToken(String trackingNumber) {
        String body = jdbc.sql("""
                SELECT text_body FROM mail_outbox WHERE template = 'comment-confirmation' AND subject LIKE ?
                ORDER BY id DESC LIMIT 1""").param("%" + trackingNumber + "%").query(String.class).single();
        var m = java.util.regex.Pattern.compile("comments/confirm/([A-Za-z0-9_-]{43})").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No confirmation link in " + body);
        }
        return m.group(1);
    }
}
