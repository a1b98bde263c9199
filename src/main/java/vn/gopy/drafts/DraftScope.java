package vn.gopy.drafts;

/**
 * Which public drafts a feed follows: those of one agency, those whose impact summary names one sector or
 * one province, or all of them (nulls mean "any"). A province scope takes only drafts that name the province:
 * a nationwide draft affects it too, but would then fill every province's feed with the same entries.
 */
public record DraftScope(Long agencyId, String sectorCode, String provinceCode) {

    public static DraftScope all() {
        return new DraftScope(null, null, null);
    }

    public static DraftScope agency(long agencyId) {
        return new DraftScope(agencyId, null, null);
    }

    public static DraftScope sector(String code) {
        return new DraftScope(null, code, null);
    }

    public static DraftScope province(String code) {
        return new DraftScope(null, null, code);
    }
}
