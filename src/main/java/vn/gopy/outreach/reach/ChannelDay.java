package vn.gopy.outreach.reach;

import java.time.LocalDate;

/** One channel's counts on one day (Vietnam's calendar): the rows of the per-day table and of the CSV. */
public record ChannelDay(LocalDate day, String channel, ChannelKind kind, long visits, long confirmedComments) {
}
