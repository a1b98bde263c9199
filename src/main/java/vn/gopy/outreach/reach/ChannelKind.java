package vn.gopy.outreach.reach;

/** What kind of channel spreads a draft. The names are stored; the labels are in the bundles. */
public enum ChannelKind {
    NEWSPAPER, ASSOCIATION, LOCAL_OFFICE, POSTER, SOCIAL_MEDIA, OTHER
}
