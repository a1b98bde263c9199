package vn.gopy.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.gopy.comments.CommentDecisions;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.CommentSubmission;
import vn.gopy.comments.CommenterKind;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.mail.OutboxAdministration;
import vn.gopy.mail.OutboxEntry;

/**
 * Comments on a few open demo drafts ({@code demo/comments.csv}), in every state. Each is submitted through
 * the comment form's service and confirmed with the link of its mail, read from the outbox page's service,
 * just as a newcomer without a mail server does; then published or not by the administrator loading the demo.
 */
@Component
class DemoComments {

    private static final Pattern LINK = Pattern.compile("/comments/confirm/([A-Za-z0-9_-]{43})");

    private final CommentService comments;
    private final CommentDecisions decisions;
    private final DraftCatalog catalog;
    private final OutboxAdministration outbox;

    DemoComments(CommentService comments, CommentDecisions decisions, DraftCatalog catalog, OutboxAdministration outbox) {
        this.comments = comments;
        this.decisions = decisions;
        this.catalog = catalog;
        this.outbox = outbox;
    }

    int load() throws IOException {
        Map<String, Long> openDrafts = catalog.openNow(DraftCatalog.MAX_PAGE_SIZE).stream()
                .collect(Collectors.toMap(DraftCard::referenceNumber, DraftCard::id, (a, b) -> a));
        int count = 0;
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/comments.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Long draft = openDrafts.get(r.get("reference"));
                if (draft != null) {
                    load(draft, r, ++count);
                }
            }
        }
        return count;
    }

    private void load(long draft, CSVRecord r, int n) {
        String email = "nguoi-gop-y-" + n + "@demo.gopy.vn";
        String sector = blankToNull(r.get("sector"));
        String size = blankToNull(r.get("size"));
        CommentSubmission submission = new CommentSubmission(draft, blankToNull(r.get("article")), r.get("text"), email,
                r.get("name"), Boolean.parseBoolean(r.get("publish_name")), CommenterKind.valueOf(r.get("kind")),
                blankToNull(r.get("organisation")), blankToNull(r.get("province")), sector,
                size == null ? null : BusinessSize.valueOf(size), true, true, "", List.of(), "vi");
        String number = comments.submit(submission, "demo-" + n).trackingNumber();
        String decision = r.get("decision");
        if (decision.equals("unconfirmed")) {
            return;
        }
        comments.confirm(confirmationToken(email));
        long id = decisions.idOf(number).orElseThrow();
        if (decision.equals("publish")) {
            decisions.publish(id);
        } else if (decision.startsWith("reject:")) {
            decisions.reject(id, decision.substring("reject:".length()));
        }
    }

    private String confirmationToken(String email) {
        OutboxEntry mail = outbox.page(email, 0, 1).getFirst();
        String text = outbox.open(mail.id()).orElseThrow().text();
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new IllegalStateException("No confirmation link in the demo mail to " + email);
        }
        return link.group(1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
