package vn.gopy.search;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.agencies.AgencyForm;
import vn.gopy.agencies.AgencyService;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.BlockKind;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.ImpactSummary;
import vn.gopy.drafts.TextBlockData;

/** Public drafts made through the real services (and so indexed the real way) for the search tests. */
@Component
public class SearchFixtures {

    private final AgencyService agencies;
    private final DraftService drafts;
    private final TestDatabase database;
    private final Clock clock;
    private int references;

    SearchFixtures(AgencyService agencies, DraftService drafts, TestDatabase database, Clock clock) {
        this.agencies = agencies;
        this.drafts = drafts;
        this.database = database;
        this.clock = clock;
    }

    /** An empty database and index with one agency, whose id is returned. */
    public long reset() {
        database.clear();
        TestStaff.admin();
        return agencies.create(new AgencyForm("BXD", "Bộ Xây dựng", "Ministry of Construction", "", true)).id();
    }

    public long agency(String code, String nameVi, String nameEn) {
        TestStaff.admin();
        return agencies.create(new AgencyForm(code, nameVi, nameEn, "", true)).id();
    }

    public Builder draft(long agencyId, String title) {
        return new Builder(agencyId, title);
    }

    public static TextBlockData article(String number, String title, String body) {
        return new TextBlockData(BlockKind.ARTICLE, number, title, body);
    }

    /** A draft to publish, with sensible defaults for whatever a test does not care about. */
    public final class Builder {

        private final long agencyId;
        private final String title;
        private String reference;
        private String summary = "Tóm tắt dự thảo.";
        private String language = "vi";
        private String type = "LAW";
        private Set<String> sectors = Set.of();
        private Set<BusinessSize> sizes = Set.of();
        private Set<String> provinces = Set.of();
        private Set<String> groups = Set.of();
        private final List<TextBlockData> text = new ArrayList<>();
        private int opensInDays = 0;
        private int days = 40;

        private Builder(long agencyId, String title) {
            this.agencyId = agencyId;
            this.title = title;
        }

        public Builder reference(String value) {
            reference = value;
            return this;
        }

        /** The whole text, chapters included, instead of articles one by one. */
        public Builder text(List<TextBlockData> blocks) {
            text.clear();
            text.addAll(blocks);
            return this;
        }

        public Builder summary(String value) {
            summary = value;
            return this;
        }

        public Builder english() {
            language = "en";
            return this;
        }

        public Builder type(String code) {
            type = code;
            return this;
        }

        public Builder sectors(String... codes) {
            sectors = Set.of(codes);
            return this;
        }

        public Builder sizes(BusinessSize... values) {
            sizes = Set.of(values);
            return this;
        }

        public Builder provinces(String... codes) {
            provinces = Set.of(codes);
            return this;
        }

        public Builder groups(String... codes) {
            groups = Set.of(codes);
            return this;
        }

        public Builder article(String number, String articleTitle, String body) {
            text.add(SearchFixtures.article(number, articleTitle, body));
            return this;
        }

        /** Opens in {@code inDays} days (0: open now) and stays open for {@code forDays} days. */
        public Builder window(int inDays, int forDays) {
            opensInDays = inDays;
            days = forDays;
            return this;
        }

        public long publish() {
            TestStaff.drafterOf(agencyId);
            LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
            LocalDateTime opens = opensInDays == 0 ? now.minusMinutes(1) : now.plusDays(opensInDays);
            String number = reference != null ? reference : "S-" + (++references) + "/2026";
            long id = drafts.create(new DraftDetails(number, title, type, agencyId,
                    language, summary, List.of(), opens, opens.plusDays(days),
                    new ImpactSummary(groups, sectors, sizes, provinces, List.of(), List.of())));
            drafts.saveText(id, text.isEmpty() ? List.of(SearchFixtures.article("1", "Phạm vi", "Nội dung.")) : text);
            drafts.publish(id);
            TestStaff.anonymous();
            return id;
        }
    }
}
