package vn.gopy.comments.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.comments.CommenterKind;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.taxonomies.Taxonomies;
import vn.gopy.taxonomies.Term;

/**
 * Who is commenting: the name, as whom (a person, a business...), the organisation where one speaks for
 * one, the province, and for a business its sector and size. Fields that do not apply are hidden and sent
 * empty, so that an answer given before changing one's mind is not stored.
 */
class AboutYouFields extends Div {

    final TextField name = new TextField();
    final RadioButtonGroup<CommenterKind> kind = new RadioButtonGroup<>();
    final TextField organisation = new TextField();
    final ComboBox<Term> province = new ComboBox<>();
    final ComboBox<Term> sector = new ComboBox<>();
    final Select<BusinessSize> size = new Select<>();

    AboutYouFields(Taxonomies taxonomies) {
        addClassName("comment-about-you");
        name.setLabel(getTranslation("comments.form.name"));
        name.setHelperText(getTranslation("comments.form.name.help"));
        name.setAutocomplete(Autocomplete.NAME);
        name.setMaxLength(200);

        kind.setLabel(getTranslation("comments.form.kind"));
        kind.setItems(CommenterKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("comments.kind." + k.name()));
        kind.setValue(CommenterKind.INDIVIDUAL);
        kind.setRequiredIndicatorVisible(true);
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        organisation.setLabel(getTranslation("comments.form.organisation"));
        organisation.setAutocomplete(Autocomplete.ORGANIZATION);
        organisation.setRequiredIndicatorVisible(true);
        organisation.setMaxLength(300);

        province.setLabel(getTranslation("comments.form.province"));
        province.setItems(taxonomies.provinces().terms());
        province.setItemLabelGenerator(t -> t.name(getLocale()));
        province.setClearButtonVisible(true);

        sector.setLabel(getTranslation("comments.form.sector"));
        sector.setItems(taxonomies.sectors().terms());
        sector.setItemLabelGenerator(t -> t.name(getLocale()));
        sector.setClearButtonVisible(true);

        size.setLabel(getTranslation("comments.form.size"));
        size.setItems(BusinessSize.values());
        size.setItemLabelGenerator(s -> s == null ? getTranslation("comments.form.size.none")
                : getTranslation("drafts.size." + s.name()));
        size.setEmptySelectionAllowed(true);
        size.setEmptySelectionCaption(getTranslation("comments.form.size.none"));

        fields().values().forEach(f -> f.setManualValidation(true));
        kind.addValueChangeListener(e -> showWhatApplies());
        showWhatApplies();
        add(new H2(getTranslation("comments.form.about-you")), name, kind, organisation, province, sector, size);
    }

    private void showWhatApplies() {
        CommenterKind chosen = kind.getValue();
        organisation.setVisible(chosen != null && chosen != CommenterKind.INDIVIDUAL);
        organisation.setRequiredIndicatorVisible(chosen != null && chosen.needsOrganisation());
        sector.setVisible(chosen != null && chosen.isBusiness());
        size.setVisible(chosen != null && chosen.isBusiness());
    }

    String nameValue() {
        return name.getValue();
    }

    String organisationValue() {
        return organisation.isVisible() ? organisation.getValue() : null;
    }

    String provinceCode() {
        return province.getValue() == null ? null : province.getValue().code();
    }

    String sectorCode() {
        return sector.isVisible() && sector.getValue() != null ? sector.getValue().code() : null;
    }

    BusinessSize sizeValue() {
        return size.isVisible() ? size.getValue() : null;
    }

    /** The fields by the names the service gives in its problems. */
    Map<String, HasValidation> fields() {
        return Map.of("name", name, "kind", kind, "organisation", organisation, "province", province,
                "sector", sector, "size", size);
    }
}
