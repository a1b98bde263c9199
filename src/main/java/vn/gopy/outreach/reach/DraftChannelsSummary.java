package vn.gopy.outreach.reach;

import vn.gopy.drafts.DraftCard;

/** A public draft in the agency's list of channels: how many channels it has, and their totals. */
public record DraftChannelsSummary(DraftCard draft, long channels, long visits, long confirmedComments) {
}
