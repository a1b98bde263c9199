package vn.gopy.taxonomies;

import java.util.Locale;

/** One entry of a taxonomy (a document type, a business sector, a province, a citizen group). */
public record Term(String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
