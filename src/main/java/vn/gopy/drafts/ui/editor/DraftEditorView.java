package vn.gopy.drafts.ui.editor;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import vn.gopy.agencies.AgencyService;
import vn.gopy.common.FieldProblem;
import vn.gopy.common.InvalidInputException;
import vn.gopy.drafts.ConsultationSettings;
import vn.gopy.drafts.DraftAttachments;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftEditorData;
import vn.gopy.drafts.DraftService;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.TextRecognition;
import vn.gopy.security.CurrentStaff;
import vn.gopy.security.Role;
import vn.gopy.security.StaffUser;
import vn.gopy.shell.FieldErrors;
import vn.gopy.shell.Notices;
import vn.gopy.taxonomies.Taxonomies;

/**
 * The drafter's editor of one draft ({@code staff/drafts/new} for a new one): details and impact saved
 * together, the text, the attachments and publishing, each in its own tab. A draft of another agency
 * looks exactly like one that does not exist.
 */
@Route("staff/drafts/:draftId")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class DraftEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String NEW = "new";
    /** The tabs by the names the address uses (?tab=text), in their order. */
    private static final List<String> TAB_NAMES = List.of("details", "impact", "text", "attachments", "publish");
    private static final int PUBLISH_TAB = 4;

    private final DraftService drafts;
    private final AgencyService agencies;
    private final StaffUser user;
    private final EditorHeader header = new EditorHeader();
    private final DetailsForm detailsForm;
    private final ImpactForm impactForm;
    private final TextTab textTab;
    private final AttachmentsTab attachmentsTab;
    private final PublishTab publishTab;
    private final TabSheet tabs = new TabSheet();
    private final Tab detailsTab;
    private final Tab impactTab;
    private final Div saveBar = new Div();
    private final Paragraph noAgency = new Paragraph();
    private DraftEditorData data;
    private DraftDetails saved;
    private boolean markedUnsaved;

    DraftEditorView(DraftService drafts, TextRecognition recognition, DraftAttachments attachments,
            AgencyService agencies, Taxonomies taxonomies, CurrentStaff currentStaff, ConsultationSettings settings,
            Clock clock) {
        this.drafts = drafts;
        this.agencies = agencies;
        this.user = currentStaff.require();
        addClassNames("page", "draft-editor");
        detailsForm = new DetailsForm(taxonomies.documentTypes(), settings.minimumDays());
        impactForm = new ImpactForm(taxonomies);
        textTab = new TextTab(drafts, recognition, () -> reload(true), this::unsavedChanged);
        attachmentsTab = new AttachmentsTab(attachments, () -> reload(false));
        publishTab = new PublishTab(drafts, clock, settings.minimumDays(), user.has(Role.ADMIN),
                this::hasUnsavedChanges, this::showProblems, () -> reload(true));
        detailsForm.addChangeListener(this::unsavedChanged);
        impactForm.addChangeListener(this::unsavedChanged);

        detailsTab = tabs.add(getTranslation("drafts.editor.tab.details"), detailsForm);
        impactTab = tabs.add(getTranslation("drafts.editor.tab.impact"), impactForm);
        tabs.add(getTranslation("drafts.editor.tab.text"), textTab);
        tabs.add(getTranslation("drafts.editor.tab.attachments"), attachmentsTab);
        tabs.add(getTranslation("drafts.editor.tab.publish"), publishTab);
        tabs.addClassName("editor-tabs");
        tabs.addSelectedChangeListener(e -> tabChanged());

        Button save = new Button(getTranslation("drafts.editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-details");
        Paragraph saveHint = new Paragraph(getTranslation("drafts.editor.save.hint"));
        saveHint.addClassName("muted");
        saveBar.addClassName("save-bar");
        saveBar.add(save, saveHint);
        noAgency.setText(getTranslation("drafts.editor.no-agency"));
        noAgency.addClassName("editor-warning");
        noAgency.setVisible(false);
        add(header, noAgency, tabs, saveBar);
        UnsavedChanges.guard(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("draftId").orElse("");
        if (NEW.equals(id)) {
            showNew();
            return;
        }
        try {
            data = drafts.forEditing(Long.parseLong(id));
        } catch (NumberFormatException | AccessDeniedException | vn.gopy.common.NotFoundException e) {
            // Another agency's draft is none of this drafter's business, not even its existence.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        showDraft();
        event.getLocation().getQueryParameters().getSingleParameter("tab").ifPresent(this::selectTab);
    }

    private void showNew() {
        data = null;
        header.showNew();
        boolean admin = user.has(Role.ADMIN);
        detailsForm.setAgencies(admin ? agencies.active()
                : user.agency().flatMap(agencies::find).map(List::of).orElse(List.of()), !admin);
        DraftDetails empty = DraftDetails.empty(admin ? null : user.agencyId());
        detailsForm.read(empty, DraftStatus.DRAFT);
        impactForm.read(empty.impact());
        for (int i = 2; i < tabs.getTabCount(); i++) {
            tabs.getTabAt(i).setEnabled(false);
            tabs.getTabAt(i).setTooltipText(getTranslation("drafts.editor.save-first"));
        }
        noAgency.setVisible(!admin && user.agency().isEmpty());
        markSaved();
    }

    private void showDraft() {
        noAgency.setVisible(false);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            tabs.getTabAt(i).setEnabled(true);
            tabs.getTabAt(i).setTooltipText(null);
        }
        header.show(data);
        detailsForm.setAgencies(agencies.find(data.details().agencyId()).map(List::of).orElse(List.of()), true);
        detailsForm.read(data.details(), data.status());
        impactForm.read(data.details().impact());
        textTab.show(data);
        attachmentsTab.show(data);
        publishTab.show(data);
        markSaved();
    }

    /**
     * Shows the draft again as the service has it, after an action in one tab, without losing what the
     * drafter has not saved in another: unsaved details stay (only the rules of the new status apply to
     * them), and the text is shown again only when the action concerned it.
     */
    private void reload(boolean textChanged) {
        boolean detailsUnsaved = detailsChanged();
        data = drafts.forEditing(data.id());
        header.show(data);
        if (detailsUnsaved) {
            detailsForm.followStatus(data.status());
        } else {
            showSavedDetails();
        }
        if (textChanged) {
            textTab.show(data);
        }
        attachmentsTab.show(data);
        publishTab.show(data);
        unsavedChanged();
    }

    private void showSavedDetails() {
        detailsForm.read(data.details(), data.status());
        impactForm.read(data.details().impact());
        saved = currentDetails();
    }

    private void save() {
        DraftDetails details = currentDetails();
        try {
            if (data == null) {
                long id = drafts.create(details);
                saved = details;
                markedUnsaved = false;
                Notices.success(getTranslation("drafts.editor.created"));
                UI.getCurrent().navigate("staff/drafts/" + id);
                return;
            }
            drafts.update(data.id(), details);
        } catch (InvalidInputException e) {
            showProblems(e);
            return;
        }
        fields().values().forEach(field -> field.setInvalid(false));
        data = drafts.forEditing(data.id());
        header.show(data);
        showSavedDetails();
        publishTab.show(data);
        unsavedChanged();
        Notices.success(getTranslation("common.saved"));
    }

    /** Marks every field the service refused, and takes the drafter to the first of them. */
    private void showProblems(InvalidInputException e) {
        List<String> unplaced = FieldErrors.show(this, e, fields());
        unplaced.forEach(Notices::error);
        e.problems().stream().map(FieldProblem::field).filter(fields()::containsKey).findFirst()
                .ifPresent(field -> tabs.setSelectedTab(detailsForm.fields().containsKey(field) ? detailsTab : impactTab));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>(detailsForm.fields());
        fields.putAll(impactForm.fields());
        return fields;
    }

    private DraftDetails currentDetails() {
        return detailsForm.value(impactForm.value());
    }

    private void markSaved() {
        saved = currentDetails();
        unsavedChanged();
    }

    boolean hasUnsavedChanges() {
        return detailsChanged() || textTab.hasUnsavedChanges();
    }

    private boolean detailsChanged() {
        return saved != null && !saved.equals(currentDetails());
    }

    private void unsavedChanged() {
        boolean unsaved = hasUnsavedChanges();
        if (unsaved != markedUnsaved) {
            markedUnsaved = unsaved;
            UnsavedChanges.mark(this, unsaved);
        }
    }

    private void tabChanged() {
        Tab selected = tabs.getSelectedTab();
        saveBar.setVisible(selected == detailsTab || selected == impactTab);
        if (data != null && selected != null) {
            // The publish checklist reflects unsaved changes made in the other tabs.
            if (tabs.getIndexOf(selected) == PUBLISH_TAB) {
                publishTab.show(data);
            }
            String tab = TAB_NAMES.get(tabs.getIndexOf(selected));
            UI.getCurrent().getPage().getHistory().replaceState(null, "staff/drafts/" + data.id() + "?tab=" + tab);
        }
    }

    private void selectTab(String name) {
        int index = TAB_NAMES.indexOf(name);
        if (index >= 0) {
            tabs.setSelectedIndex(index);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (hasUnsavedChanges()) {
            UnsavedChanges.confirmLeaving(this, event);
        }
    }

    @Override
    public String getPageTitle() {
        String title = data == null ? getTranslation("drafts.editor.new.title") : data.details().title();
        return title + " · Gopy";
    }
}
