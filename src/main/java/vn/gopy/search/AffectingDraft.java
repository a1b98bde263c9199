package vn.gopy.search;

import java.util.List;

import vn.gopy.drafts.DraftCard;

/** An open or upcoming draft that affects a profile, with why: the reasons read as "it names your sector". */
public record AffectingDraft(DraftCard draft, List<Reason> reasons) {

    /** One reason a draft matches; {@code label} is the name of the sector, size, province or group. */
    public record Reason(Kind kind, String code, String label) {
    }

    public enum Kind {
        /** The draft names one of the profile's sectors. */
        SECTOR,
        /** The draft names the profile's business size. */
        SIZE,
        /** The draft concerns businesses of every size. */
        ALL_SIZES,
        /** The draft names the profile's province. */
        PROVINCE,
        /** The draft applies to the whole country. */
        NATIONWIDE,
        /** The draft names one of the profile's citizen groups. */
        CITIZEN_GROUP
    }
}
