package vn.gopy.outreach.sharing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;
import vn.gopy.TestStaff;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.drafts.DraftService;

/** Drafts with chosen titles and summaries, and plain HTTP as a browser or another site sends it. */
@Component
public class SharingFixtures {

    public static final String HOSTILE_TITLE = "Luật <script>alert('x')</script> \"Đất\" & <b>nhà</b>";
    public static final String HOSTILE_SUMMARY = "Tóm tắt <img src=x onerror=alert(1)> & </p><iframe src=//evil>";

    private final DraftFixtures drafts;
    private final DraftService draftService;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    SharingFixtures(DraftFixtures drafts, DraftService draftService, Clock clock) {
        this.drafts = drafts;
        this.draftService = draftService;
        this.clock = clock;
    }

    /** A published draft open from a minute ago for {@code days} days, with this title and summary. */
    public long openDraft(long agencyId, String title, String summary, int days) {
        TestStaff.drafterOf(agencyId);
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
        DraftDetails base = drafts.details(agencyId, "DT-" + Math.abs(title.hashCode()), now.minusMinutes(1),
                now.plusDays(days));
        long id = draftService.create(new DraftDetails(base.referenceNumber(), title, base.documentTypeCode(), agencyId,
                base.language(), summary, base.topics(), base.opensAt(), base.closesAt(), base.impact()));
        draftService.saveText(id, DraftFixtures.threeArticles());
        draftService.publish(id);
        TestStaff.anonymous();
        return id;
    }

    /** A draft written but not published. */
    public long unpublishedDraft(long agencyId) {
        TestStaff.drafterOf(agencyId);
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
        long id = draftService.create(drafts.details(agencyId, "DT-NHAP", now.plusDays(5), now.plusDays(50)));
        TestStaff.anonymous();
        return id;
    }

    public HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
