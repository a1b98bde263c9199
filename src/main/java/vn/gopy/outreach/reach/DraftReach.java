package vn.gopy.outreach.reach;

import java.util.List;

import vn.gopy.drafts.DraftCard;

/** A draft's channels with their totals (active first, then retired), and their counts day by day. */
public record DraftReach(DraftCard draft, List<ChannelReach> channels, List<ChannelDay> days) {

    public long visits() {
        return channels.stream().mapToLong(ChannelReach::visits).sum();
    }

    public long confirmedComments() {
        return channels.stream().mapToLong(ChannelReach::confirmedComments).sum();
    }
}
