package vn.gopy.outreach.reach;

/** Where a short link leads: its draft, and whether the channel still counts (false once retired). */
public record ShortLinkTarget(long channelId, long draftId, String code, boolean active) {
}
