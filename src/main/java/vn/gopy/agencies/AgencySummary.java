package vn.gopy.agencies;

import java.util.Locale;

/** An agency as other modules and views see it. */
public record AgencySummary(long id, String code, String nameVi, String nameEn, String website, boolean active) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public AgencyForm toForm() {
        return new AgencyForm(code, nameVi, nameEn, website == null ? "" : website, active);
    }
}
