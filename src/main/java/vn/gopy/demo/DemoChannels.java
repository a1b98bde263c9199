package vn.gopy.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftCatalog;
import vn.gopy.outreach.reach.ChannelKind;
import vn.gopy.outreach.reach.Channels;
import vn.gopy.outreach.reach.NewChannel;

/**
 * The channels that spread two open demo drafts ({@code demo/channels.csv}), so that the agency's channel page
 * has something to show. They start with no visits: counts are never invented; following a short link counts one.
 */
@Component
class DemoChannels {

    private final Channels channels;
    private final DraftCatalog catalog;

    DemoChannels(Channels channels, DraftCatalog catalog) {
        this.channels = channels;
        this.catalog = catalog;
    }

    int load() throws IOException {
        Map<String, Long> openDrafts = catalog.openNow(DraftCatalog.MAX_PAGE_SIZE).stream()
                .collect(Collectors.toMap(DraftCard::referenceNumber, DraftCard::id, (a, b) -> a));
        int count = 0;
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/channels.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Long draft = openDrafts.get(r.get("reference"));
                if (draft != null) {
                    String note = r.get("note").isBlank() ? null : r.get("note");
                    channels.add(draft, new NewChannel(ChannelKind.valueOf(r.get("kind")), r.get("name"), note));
                    count++;
                }
            }
        }
        return count;
    }
}
