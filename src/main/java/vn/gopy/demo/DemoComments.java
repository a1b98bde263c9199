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
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.Dispositions;
import vn.gopy.feedback.Outcome;
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
    private static final String CAMPAIGN_DRAFT = "DT-2026/BXD-04";
    private static final String LETTER = """
            Chúng tôi là người lao động thuê nhà tại các khu công nghiệp. Chúng tôi đề nghị Ban soạn thảo dành ít nhất \
            30% quỹ nhà ở xã hội để cho thuê với giá không quá 20% thu nhập của người thuê, và cho phép người lao \
            động tự do, không có hợp đồng lao động, được thuê nhà ở xã hội khi có xác nhận của Ủy ban nhân dân cấp \
            xã. Thủ tục xét duyệt cần được thực hiện trực tuyến và có thời hạn trả lời không quá 30 ngày.""";
    private static final String[] GREETINGS = {"Kính gửi Ban soạn thảo,", "Kính gửi Bộ Xây dựng,", "Thưa quý Bộ,", ""};
    private static final String[] NAMES = {"Nguyễn Văn Hùng", "Trần Thị Thu", "Lê Văn Phúc", "Phạm Thị Yến",
            "Hoàng Văn Long", "Vũ Thị Hà", "Đặng Văn Toàn", "Bùi Thị Lan", "Đỗ Văn Quang", "Ngô Thị Hạnh"};
    private static final String[] PLACES = {"Bắc Ninh", "Bình Dương", "Đồng Nai", "Hải Phòng", "Long An"};

    private final CommentService comments;
    private final CommentDecisions decisions;
    private final DraftCatalog catalog;
    private final OutboxAdministration outbox;
    private final Dispositions dispositions;

    DemoComments(CommentService comments, CommentDecisions decisions, DraftCatalog catalog, OutboxAdministration outbox,
            Dispositions dispositions) {
        this.comments = comments;
        this.dispositions = dispositions;
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
        Long housing = openDrafts.get(CAMPAIGN_DRAFT);
        if (housing != null) {
            count += campaign(housing);
        }
        return count;
    }

    /** A form-letter campaign of 24 letters waiting in the moderation queue, grouped as they arrive. */
    private int campaign(long draft) {
        for (int i = 0; i < 24; i++) {
            String name = NAMES[i % NAMES.length];
            String greeting = GREETINGS[i % GREETINGS.length];
            String text = (greeting.isEmpty() ? "" : greeting + "\n\n") + LETTER + (i % 3 == 0 ? " Xin cảm ơn." : "")
                    + "\n\n" + name + ", " + PLACES[i % PLACES.length];
            String email = "chien-dich-" + i + "@demo.gopy.vn";
            comments.submit(new CommentSubmission(draft, "5", text, email, name, i % 2 == 0, CommenterKind.INDIVIDUAL,
                    null, null, null, null, true, true, false, "", List.of(), "vi"), "demo-campaign-" + i);
            comments.confirm(confirmationToken(email));
        }
        return 24;
    }

    private void load(long draft, CSVRecord r, int n) {
        String email = "nguoi-gop-y-" + n + "@demo.gopy.vn";
        String sector = blankToNull(r.get("sector"));
        String size = blankToNull(r.get("size"));
        CommentSubmission submission = new CommentSubmission(draft, blankToNull(r.get("article")), r.get("text"), email,
                r.get("name"), Boolean.parseBoolean(r.get("publish_name")), CommenterKind.valueOf(r.get("kind")),
                blankToNull(r.get("organisation")), blankToNull(r.get("province")), sector,
                size == null ? null : BusinessSize.valueOf(size), true, true, false, "", List.of(), "vi");
        String number = comments.submit(submission, "demo-" + n).trackingNumber();
        String decision = r.get("decision");
        if (decision.equals("unconfirmed")) {
            return;
        }
        comments.confirm(confirmationToken(email));
        long id = decisions.idOf(number).orElseThrow();
        if (decision.equals("publish")) {
            decisions.publish(id);
            answer(id, r);
        } else if (decision.startsWith("reject:")) {
            decisions.reject(id, decision.substring("reject:".length()));
        }
    }

    /** The drafting agency's answer, where the demo gives one: the dashboard shows progress, the report content. */
    private void answer(long id, CSVRecord r) {
        String outcome = r.get("outcome");
        if (!outcome.isBlank()) {
            dispositions.answer(id, new Answer(Outcome.valueOf(outcome), r.get("explanation"),
                    blankToNull(r.get("changed_article"))));
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
