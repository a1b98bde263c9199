package vn.gopy.security;

/** What a staff account may do. Citizens and businesses need no account at all. */
public enum Role {
    /** Agencies, staff accounts, taxonomies, and everything drafters and moderators do. */
    ADMIN,
    /** Writes and publishes the drafts of one drafting agency, and answers their comments. */
    DRAFTER,
    /** Decides which comments the public sees. */
    MODERATOR;

    /** Role names as constants, for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String DRAFTER = "DRAFTER";
        public static final String MODERATOR = "MODERATOR";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
