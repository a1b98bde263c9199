package vn.gopy.outreach.reach;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import vn.gopy.common.SpreadsheetText;

/**
 * A draft's counts per channel and day as CSV: RFC 4180 in UTF-8 with a byte-order mark (without it Excel reads
 * Vietnamese in the computer's legacy code page), like the feedback exports. Only the agency may download it:
 * the rows come from {@link Channels#of}, which checks.
 */
@Component
public class ChannelsCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Channels channels;

    ChannelsCsv(Channels channels) {
        this.channels = channels;
    }

    /** {@code label} gives the words of the header ("date", "channel", ...) and of each kind ("kind.POSTER"). */
    public void write(long draftId, OutputStream out, Function<String, String> label) throws IOException {
        DraftReach reach = channels.of(draftId);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(label.apply("date"), label.apply("channel"), label.apply("kind"), label.apply("visits"),
                label.apply("comments"));
        for (ChannelDay day : reach.days()) {
            printer.printRecord(day.day(), SpreadsheetText.safe(day.channel()), label.apply("kind." + day.kind()), day.visits(),
                    day.confirmedComments());
        }
        printer.flush();
    }
}
