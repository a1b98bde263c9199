package vn.gopy.outreach.alerts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gopy.TestStaff;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.ImpactSummary;

/** Subscribers made as people make them (request, then the link in the mail), and drafts with chosen topics. */
@Component
public class AlertFixtures {

    public static final Pattern CONFIRM_LINK = Pattern.compile("http://gopy\\.test/alerts/confirm/([A-Za-z0-9_-]{43})");

    private final AlertService alerts;
    private final DraftService drafts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private int drafted;

    AlertFixtures(AlertService alerts, DraftService drafts, JdbcClient jdbc, Clock clock) {
        this.alerts = alerts;
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Subscribers, requests, marks: the tables TestDatabase.clear() does not reach through the drafts. */
    public void clear() {
        jdbc.sql("TRUNCATE alert_subscriber, alert_request, alert_pending, alert_digest_mark, alert_closing_mark"
                + " RESTART IDENTITY CASCADE").update();
    }

    /** Requests and confirms; returns the secret of the preferences page. */
    public String subscribe(String email, Frequency frequency, Topic... topics) {
        TestStaff.anonymous();
        alerts.request(new SubscriptionRequest(email, List.of(topics), frequency, Locale.of("vi")), "203.0.113.7");
        Confirmation confirmation = alerts.confirm(confirmationToken(email));
        if (confirmation.result() != ConfirmationResult.CONFIRMED) {
            throw new IllegalStateException("Not confirmed: " + confirmation.result());
        }
        return confirmation.manageToken();
    }

    /** The token of the latest confirmation mail to this address, read from the outbox. */
    public String confirmationToken(String email) {
        String body = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND template = 'alert-confirm'"
                + " ORDER BY id DESC LIMIT 1").param(email).query(String.class).single();
        Matcher link = CONFIRM_LINK.matcher(body);
        if (!link.find()) {
            throw new IllegalStateException("No confirmation link in " + body);
        }
        return link.group(1);
    }

    /** A draft published and open now for 40 days, with the given type, sectors and provinces (none: nationwide). */
    public long openDraft(long agencyId, String title, String type, Set<String> sectors, Set<String> provinces) {
        return draft(agencyId, title, type, sectors, provinces, 40);
    }

    public long draft(long agencyId, String title, String type, Set<String> sectors, Set<String> provinces, int days) {
        TestStaff.drafterOf(agencyId);
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
        String reference = "AL-" + (++drafted);
        long id = drafts.create(new DraftDetails(reference, title, type, agencyId, "vi",
                "Tóm tắt dự thảo " + title + ".", List.of(), now.minusMinutes(1), now.plusDays(days),
                new ImpactSummary(Set.of(), sectors, Set.of(BusinessSize.SMALL), provinces, List.of(), List.of())));
        drafts.saveText(id, DraftFixtures.threeArticles());
        drafts.publish(id);
        TestStaff.anonymous();
        return id;
    }

    /** The drafts waiting to be mailed to this address, by kind of news ("12:OPENED"), in order. */
    public List<String> pending(String email) {
        return jdbc.sql("SELECT p.draft_id || ':' || p.kind FROM alert_pending p JOIN alert_subscriber s"
                + " ON s.id = p.subscriber_id WHERE s.email = ? ORDER BY p.draft_id, p.kind").param(email)
                .query(String.class).list();
    }

    public static Topic topic(TopicKind kind, String value) {
        return new Topic(kind, value);
    }
}
