package vn.gopy.search.internal;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.search.Facet;
import vn.gopy.taxonomies.Taxonomies;

/** Names facet values in the reader's language: agencies and taxonomy terms by their names, the rest by the translations. */
@Component
class FacetLabels {

    private final AgencyNames agencies;
    private final Taxonomies taxonomies;
    private final I18NProvider translations;

    FacetLabels(AgencyNames agencies, Taxonomies taxonomies, I18NProvider translations) {
        this.agencies = agencies;
        this.taxonomies = taxonomies;
        this.translations = translations;
    }

    String label(Facet facet, String value, Locale locale) {
        return switch (facet) {
            case AGENCY -> agency(value, locale);
            case DOCUMENT_TYPE -> taxonomies.documentTypes().name(value, locale);
            case SECTOR -> taxonomies.sectors().name(value, locale);
            case PROVINCE -> taxonomies.provinces().name(value, locale);
            case STATUS -> translations.getTranslation("drafts.status." + value, locale);
            case SIZE -> size(value, locale);
            case YEAR -> value;
        };
    }

    String size(String value, Locale locale) {
        return translations.getTranslation("drafts.size." + value, locale);
    }

    String citizenGroup(String value, Locale locale) {
        return taxonomies.citizenGroups().name(value, locale);
    }

    private String agency(String value, Locale locale) {
        try {
            AgencySummary agency = agencies.find(Long.parseLong(value));
            return agency == null ? value : agency.name(locale);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
