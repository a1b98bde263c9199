package vn.gopy.search.ui;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.select.Select;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.search.ImpactProfile;
import vn.gopy.taxonomies.Taxonomies;
import vn.gopy.taxonomies.Taxonomy;
import vn.gopy.taxonomies.Term;

/**
 * Who is asking: a business (sectors, size) and where (province), or a citizen (groups). Every change is
 * handed on at once as a new profile, so the address follows the form; codes the address names but the
 * taxonomies no longer know are left out.
 */
class ProfileForm extends Div {

    private final Taxonomy sectorTerms;
    private final Taxonomy provinceTerms;
    private final Taxonomy groupTerms;
    private final MultiSelectComboBox<Term> sectors = new MultiSelectComboBox<>();
    private final Select<BusinessSize> size = new Select<>();
    private final ComboBox<Term> province = new ComboBox<>();
    private final MultiSelectComboBox<Term> groups = new MultiSelectComboBox<>();
    private final Consumer<ImpactProfile> onChange;
    /** True while the fields are set from the address, so that this does not navigate again. */
    private boolean showingAddress;

    ProfileForm(Taxonomies taxonomies, Consumer<ImpactProfile> onChange) {
        this.sectorTerms = taxonomies.sectors();
        this.provinceTerms = taxonomies.provinces();
        this.groupTerms = taxonomies.citizenGroups();
        this.onChange = onChange;
        addClassName("profile-form");

        sectors.setLabel(getTranslation("search.affects.sectors"));
        sectors.setItems(sectorTerms.terms());
        sectors.setItemLabelGenerator(t -> t.code() + " – " + t.name(getLocale()));
        sectors.setPlaceholder(getTranslation("search.affects.sectors-placeholder"));
        sectors.setClearButtonVisible(true);

        size.setLabel(getTranslation("search.affects.size"));
        size.setItems(BusinessSize.values());
        size.setItemLabelGenerator(s -> s == null ? getTranslation("search.affects.any-size")
                : getTranslation("search.size." + s.name()));
        size.setEmptySelectionAllowed(true);
        size.setEmptySelectionCaption(getTranslation("search.affects.any-size"));

        province.setLabel(getTranslation("search.affects.province"));
        province.setItems(provinceTerms.terms());
        province.setItemLabelGenerator(t -> t.name(getLocale()));
        province.setPlaceholder(getTranslation("search.affects.province-placeholder"));
        province.setClearButtonVisible(true);

        groups.setLabel(getTranslation("search.affects.groups"));
        groups.setItems(groupTerms.terms());
        groups.setItemLabelGenerator(t -> t.name(getLocale()));
        groups.setPlaceholder(getTranslation("search.affects.groups-placeholder"));
        groups.setClearButtonVisible(true);

        sectors.addValueChangeListener(e -> changed());
        size.addValueChangeListener(e -> changed());
        province.addValueChangeListener(e -> changed());
        groups.addValueChangeListener(e -> changed());

        FieldSet business = new FieldSet(getTranslation("search.affects.business"), new Div(sectors, size));
        business.addClassName("profile-business");
        FieldSet citizen = new FieldSet(getTranslation("search.affects.citizen"), groups);
        citizen.addClassName("profile-citizen");
        FieldSet where = new FieldSet(getTranslation("search.affects.where"), province);
        where.addClassName("profile-where");
        add(business, where, citizen);
    }

    void show(ImpactProfile profile) {
        showingAddress = true;
        try {
            sectors.setValue(known(sectorTerms, profile.sectors()));
            size.setValue(profile.size());
            province.setValue(provinceTerms.find(profile.province()).orElse(null));
            groups.setValue(known(groupTerms, profile.citizenGroups()));
        } finally {
            showingAddress = false;
        }
    }

    ImpactProfile profile() {
        return new ImpactProfile(codes(sectors.getValue()), size.getValue(),
                province.getValue() == null ? null : province.getValue().code(), codes(groups.getValue()));
    }

    private void changed() {
        if (!showingAddress) {
            onChange.accept(profile());
        }
    }

    private static Set<Term> known(Taxonomy taxonomy, Set<String> codes) {
        return codes.stream().map(taxonomy::find).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    private static Set<String> codes(Set<Term> terms) {
        return terms.stream().map(Term::code).collect(Collectors.toSet());
    }
}
