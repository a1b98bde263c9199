package vn.gopy.agencies;

/** What an administrator enters for an agency. The English name is required: the portal is bilingual. */
public record AgencyForm(String code, String nameVi, String nameEn, String website, boolean active) {

    public static AgencyForm empty() {
        return new AgencyForm("", "", "", "", true);
    }
}
