package vn.gopy.outreach.reach;

/** The form to register a channel: its kind, a name the agency recognises, an optional note. */
public record NewChannel(ChannelKind kind, String name, String note) {
}
