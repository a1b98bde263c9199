package vn.gopy.agencies.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import vn.gopy.agencies.AgencyForm;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;

/** Creates or edits one drafting agency. There is no delete: an agency that stops drafting is deactivated. */
class AgencyDialog extends FormDialog {

    private final AgencyService agencies;
    /** The agency being edited, or null for a new one. */
    private final AgencySummary editing;
    private final Consumer<AgencySummary> onSaved;

    private final TextField code = field("code", new TextField());
    private final TextField nameVi = field("nameVi", new TextField());
    private final TextField nameEn = field("nameEn", new TextField());
    private final TextField website = field("website", new TextField());
    private final Checkbox active = field("active", new Checkbox());

    AgencyDialog(AgencyService agencies, AgencySummary editing, Consumer<AgencySummary> onSaved) {
        this.agencies = agencies;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(editing == null ? getTranslation("agencies.agency.new-title")
                : getTranslation("agencies.agency.edit-title", editing.nameVi()));
        save.setText(getTranslation(editing == null ? "agencies.agency.create" : "common.save"));

        code.setLabel(getTranslation("agencies.agency.code"));
        code.setHelperText(getTranslation("agencies.agency.code-help"));
        code.setMaxLength(20);
        code.setRequiredIndicatorVisible(true);
        nameVi.setLabel(getTranslation("agencies.agency.name-vi"));
        nameVi.setRequiredIndicatorVisible(true);
        nameEn.setLabel(getTranslation("agencies.agency.name-en"));
        nameEn.setRequiredIndicatorVisible(true);
        website.setLabel(getTranslation("agencies.agency.website"));
        website.setPlaceholder("https://");
        active.setLabel(getTranslation("agencies.agency.active"));
        active.setHelperText(getTranslation("agencies.agency.active-help"));
        form.add(code, website);
        form.add(nameVi, 2);
        form.add(nameEn, 2);
        form.add(active, 2);

        AgencyForm values = editing == null ? AgencyForm.empty() : editing.toForm();
        code.setValue(values.code());
        nameVi.setValue(values.nameVi());
        nameEn.setValue(values.nameEn());
        website.setValue(values.website());
        active.setValue(values.active());
        (editing == null ? code : nameVi).setAutofocus(true);
    }

    @Override
    protected void submit() {
        AgencyForm values = new AgencyForm(code.getValue(), nameVi.getValue(), nameEn.getValue(), website.getValue(),
                active.getValue());
        if (editing == null) {
            attempt(() -> onSaved.accept(agencies.create(values)));
        } else if (editing.active() && !values.active()) {
            Confirmation.ask(getTranslation("agencies.agency.deactivate-title", editing.nameVi()),
                    getTranslation("agencies.agency.deactivate-text"),
                    getTranslation("agencies.agency.deactivate"), true,
                    () -> attempt(() -> onSaved.accept(agencies.update(editing.id(), values))));
        } else {
            attempt(() -> onSaved.accept(agencies.update(editing.id(), values)));
        }
    }
}
