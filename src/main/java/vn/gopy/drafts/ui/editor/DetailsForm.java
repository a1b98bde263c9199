package vn.gopy.drafts.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.ImpactSummary;
import vn.gopy.taxonomies.Taxonomy;

/** What the draft is: reference, title, type, agency, language, plain-language summary, topics, window. */
class DetailsForm extends Div {

    static final int MAX_SUMMARY = 5000;

    private final TextField referenceNumber = new TextField();
    private final TextField title = new TextField();
    private final Select<String> documentType = new Select<>();
    private final ComboBox<AgencySummary> agency = new ComboBox<>();
    private final Select<String> language = new Select<>();
    private final TextArea summary = new TextArea();
    private final TopicsField topics = new TopicsField();
    private final ConsultationWindowFields window;
    private final List<Runnable> changeListeners = new ArrayList<>();

    DetailsForm(Taxonomy documentTypes, int minimumDays) {
        addClassName("details-form");
        window = new ConsultationWindowFields(minimumDays);
        referenceNumber.setLabel(getTranslation("drafts.editor.reference"));
        referenceNumber.setHelperText(getTranslation("drafts.editor.reference.help"));
        referenceNumber.setMaxLength(60);
        referenceNumber.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("drafts.editor.title"));
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        documentType.setLabel(getTranslation("drafts.editor.document-type"));
        documentType.setItems(documentTypes.terms().stream().map(t -> t.code()).toList());
        documentType.setItemLabelGenerator(code -> documentTypes.name(code, getLocale()));
        agency.setLabel(getTranslation("drafts.editor.agency"));
        agency.setItemLabelGenerator(a -> a.name(getLocale()));
        language.setLabel(getTranslation("drafts.editor.language"));
        language.setItems("vi", "en");
        language.setItemLabelGenerator(code -> getTranslation("drafts.language." + code));
        summary.setLabel(getTranslation("drafts.editor.summary"));
        summary.setMaxLength(MAX_SUMMARY);
        summary.setValueChangeMode(ValueChangeMode.LAZY);
        summary.setRequiredIndicatorVisible(true);
        summary.addClassName("summary-field");
        summary.addValueChangeListener(e -> countSummary());
        countSummary();

        FormLayout form = new FormLayout(referenceNumber, documentType, title, agency, language);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, summary, topics, window);

        for (var field : List.of(referenceNumber, title, summary)) {
            field.addValueChangeListener(e -> changed());
        }
        documentType.addValueChangeListener(e -> changed());
        agency.addValueChangeListener(e -> changed());
        language.addValueChangeListener(e -> changed());
        window.opens().addValueChangeListener(e -> changed());
        window.closes().addValueChangeListener(e -> changed());
        topics.addChangeListener(this::changed);
        fields().values().forEach(f -> f.setManualValidation(true));
    }

    /** The agencies to choose from; a drafter's own agency, or an existing draft's, is shown but fixed. */
    void setAgencies(List<AgencySummary> choices, boolean fixed) {
        agency.setItems(choices);
        agency.setReadOnly(fixed);
    }

    void read(DraftDetails details, DraftStatus status) {
        referenceNumber.setValue(details.referenceNumber());
        title.setValue(details.title());
        documentType.setValue(details.documentTypeCode());
        agency.setValue(agency.getListDataView().getItems()
                .filter(a -> details.agencyId() != null && a.id() == details.agencyId()).findFirst().orElse(null));
        language.setValue(details.language());
        summary.setValue(details.summary());
        topics.setValue(details.topics());
        window.setValue(details.opensAt(), details.closesAt());
        followStatus(status);
    }

    /** What may still change depends on where the draft is in its consultation. */
    void followStatus(DraftStatus status) {
        window.followStatus(status);
        // People cite the reference number of a published draft: it no longer changes.
        referenceNumber.setReadOnly(status.isPublic());
    }

    DraftDetails value(ImpactSummary impact) {
        AgencySummary chosen = agency.getValue();
        return new DraftDetails(referenceNumber.getValue(), title.getValue(), documentType.getValue(),
                chosen == null ? null : chosen.id(), language.getValue(), summary.getValue(), topics.value(),
                window.opens().getValue(), window.closes().getValue(), impact);
    }

    /** The fields by the names the service gives its problems. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("referenceNumber", referenceNumber);
        fields.put("title", title);
        fields.put("documentTypeCode", documentType);
        fields.put("agencyId", agency);
        fields.put("language", language);
        fields.put("summary", summary);
        fields.put("topics", topics);
        fields.put("opensAt", window.opens());
        fields.put("closesAt", window.closes());
        return fields;
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    void focusFirstField() {
        referenceNumber.focus();
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    private void countSummary() {
        summary.setHelperText(getTranslation("drafts.editor.summary.help",
                summary.getValue().codePointCount(0, summary.getValue().length()), MAX_SUMMARY));
    }
}
