package vn.gopy.outreach.reach;

/**
 * A channel with its totals: the visits its short link brought and the comments confirmed by people who
 * arrived by it. {@code shortLink} is the absolute address to print or post.
 */
public record ChannelReach(long id, ChannelKind kind, String name, String note, String code, String shortLink,
        boolean retired, long visits, long confirmedComments) {

    /** Confirmed comments per 100 visits, or null when there was no visit to divide by. */
    public Double commentsPer100Visits() {
        return visits == 0 ? null : confirmedComments * 100.0 / visits;
    }
}
