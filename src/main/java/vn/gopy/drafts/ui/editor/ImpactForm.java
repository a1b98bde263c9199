package vn.gopy.drafts.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import vn.gopy.drafts.BusinessSize;
import vn.gopy.drafts.ImpactItem;
import vn.gopy.drafts.ImpactSummary;
import vn.gopy.drafts.ProcedureChange;
import vn.gopy.taxonomies.Taxonomies;
import vn.gopy.taxonomies.Taxonomy;
import vn.gopy.taxonomies.Term;

/** The plain-language impact summary: who is affected, expected costs and benefits, procedures changed. */
class ImpactForm extends Div {

    private final MultiSelectComboBox<String> citizenGroups;
    private final MultiSelectComboBox<String> sectors;
    private final CheckboxGroup<BusinessSize> businessSizes = new CheckboxGroup<>();
    private final MultiSelectComboBox<String> provinces;
    private final EditableRows<ImpactItem> costsAndBenefits;
    private final EditableRows<ProcedureChange> procedures;
    private final List<Runnable> changeListeners = new ArrayList<>();

    ImpactForm(Taxonomies taxonomies) {
        addClassName("impact-form");
        Paragraph intro = new Paragraph(getTranslation("drafts.editor.impact.intro"));
        intro.addClassName("muted");
        citizenGroups = codes(taxonomies.citizenGroups(), "drafts.editor.impact.citizen-groups", false);
        sectors = codes(taxonomies.sectors(), "drafts.editor.impact.sectors", true);
        provinces = codes(taxonomies.provinces(), "drafts.editor.impact.provinces", false);
        provinces.setHelperText(getTranslation("drafts.editor.impact.provinces.help"));
        provinces.setPlaceholder(getTranslation("drafts.editor.impact.nationwide"));
        businessSizes.setLabel(getTranslation("drafts.editor.impact.business-sizes"));
        businessSizes.setItems(BusinessSize.values());
        businessSizes.setItemLabelGenerator(s -> getTranslation("drafts.size." + s.name()));
        businessSizes.addValueChangeListener(e -> changed());

        costsAndBenefits = new EditableRows<>(getTranslation("drafts.editor.impact.costs-benefits"),
                getTranslation("drafts.editor.impact.costs-benefits.empty"),
                getTranslation("drafts.editor.impact.add-item"), CostBenefitRow::new);
        procedures = new EditableRows<>(getTranslation("drafts.editor.procedures"),
                getTranslation("drafts.editor.procedures.empty"),
                getTranslation("drafts.editor.procedure.add"), ProcedureRow::new);
        costsAndBenefits.addChangeListener(this::changed);
        procedures.addChangeListener(this::changed);

        FormLayout who = new FormLayout(citizenGroups, sectors, businessSizes, provinces);
        who.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(intro, who, costsAndBenefits, procedures);
        fields().values().forEach(f -> f.setManualValidation(true));
    }

    private MultiSelectComboBox<String> codes(Taxonomy taxonomy, String labelKey, boolean showCode) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(getTranslation(labelKey));
        box.setItems(taxonomy.terms().stream().map(Term::code).toList());
        // Sectors are known by their VSIC letter as much as by their name.
        box.setItemLabelGenerator(code -> showCode
                ? code + " – " + taxonomy.name(code, getLocale()) : taxonomy.name(code, getLocale()));
        box.setSelectedItemsOnTop(true);
        box.addValueChangeListener(e -> changed());
        return box;
    }

    void read(ImpactSummary impact) {
        citizenGroups.setValue(impact.citizenGroups());
        sectors.setValue(impact.sectors());
        businessSizes.setValue(impact.businessSizes());
        provinces.setValue(impact.provinces());
        costsAndBenefits.setValue(impact.costsAndBenefits());
        procedures.setValue(impact.procedures());
    }

    ImpactSummary value() {
        return new ImpactSummary(citizenGroups.getValue(), sectors.getValue(), businessSizes.getValue(),
                provinces.getValue(), costsAndBenefits.value(), procedures.value());
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("citizenGroups", citizenGroups);
        fields.put("sectors", sectors);
        fields.put("provinces", provinces);
        fields.put("costsAndBenefits", costsAndBenefits);
        fields.put("procedures", procedures);
        return fields;
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }
}
