package vn.gopy.moderation;

/** What the automatic screening noticed in a comment: a hint for the moderator, never a verdict. */
public enum Flag {
    /** Words from the abusive-word lists (Vietnamese and English, with or without diacritics). */
    ABUSIVE,
    /** A Vietnamese phone number, a 12-digit citizen ID number or an e-mail address. */
    PERSONAL_DATA,
    MANY_LINKS,
    /** Mostly capital letters. */
    SHOUTING,
    VERY_SHORT,
    /** Published, then reported by the public often enough to be hidden until a moderator looks again. */
    REPORTED
}
