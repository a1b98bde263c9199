package vn.gopy.drafts.ui.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import vn.gopy.common.InvalidInputException;
import vn.gopy.common.PortalTime;
import vn.gopy.drafts.AttachmentKind;
import vn.gopy.drafts.DraftDetails;
import vn.gopy.drafts.DraftEditorData;
import vn.gopy.drafts.DraftService;
import vn.gopy.shell.Notices;

/**
 * Making the draft public: what is still missing, a preview, and the publish button whose confirmation
 * says when the consultation opens and closes. Administrators can also record a consultation that was
 * held before it came to Gopy.
 */
class PublishTab extends Div {

    private final DraftService drafts;
    private final Clock clock;
    private final int minimumDays;
    private final boolean admin;
    private final BooleanSupplier unsavedChanges;
    private final Consumer<InvalidInputException> refused;
    private final Runnable draftChanged;
    private DraftEditorData data;

    PublishTab(DraftService drafts, Clock clock, int minimumDays, boolean admin, BooleanSupplier unsavedChanges,
            Consumer<InvalidInputException> refused, Runnable draftChanged) {
        this.drafts = drafts;
        this.clock = clock;
        this.minimumDays = minimumDays;
        this.admin = admin;
        this.unsavedChanges = unsavedChanges;
        this.refused = refused;
        this.draftChanged = draftChanged;
        addClassName("publish-tab");
    }

    void show(DraftEditorData draft) {
        this.data = draft;
        removeAll();
        Anchor preview = new Anchor("drafts/" + draft.id(), getTranslation("drafts.editor.publish.preview"));
        preview.setTarget(AnchorTarget.BLANK);
        preview.addClassName("preview-link");
        if (draft.isPublished()) {
            add(new Paragraph(getTranslation("drafts.editor.publish.done",
                    getTranslation("drafts.status." + draft.status().name()),
                    EditorDates.format(draft.details().opensAt(), getLocale()),
                    EditorDates.format(draft.details().closesAt(), getLocale()))), preview);
            return;
        }
        Button publish = new Button(getTranslation("drafts.editor.publish.button"), e -> confirmPublish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("publish-button");
        Div buttons = new Div(publish, preview);
        buttons.addClassName("button-row");
        add(new H3(getTranslation("drafts.editor.publish.checklist")), checklist(draft), buttons);
        if (admin) {
            Button record = new Button(getTranslation("drafts.editor.publish.record"), e -> confirmRecord());
            record.addClassName("record-button");
            Div section = new Div(new H3(getTranslation("drafts.editor.publish.record.heading")),
                    new Paragraph(getTranslation("drafts.editor.publish.record.explanation", minimumDays)), record);
            section.addClassName("record-section");
            add(section);
        }
    }

    private Div checklist(DraftEditorData draft) {
        DraftDetails details = draft.details();
        Div list = new Div();
        list.addClassName("publish-checklist");
        list.add(item(!unsavedChanges.getAsBoolean(), "drafts.editor.check.saved"));
        boolean windowSet = details.opensAt() != null && details.closesAt() != null;
        list.add(item(windowSet, "drafts.editor.check.window-set"));
        if (windowSet) {
            LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
            LocalDateTime effectiveOpening = details.opensAt().isAfter(now) ? details.opensAt() : now;
            boolean longEnough = !Duration.between(effectiveOpening, details.closesAt())
                    .minus(Duration.ofDays(minimumDays)).isNegative();
            list.add(item(longEnough, "drafts.editor.check.window-length", minimumDays));
        }
        long articles = draft.text().stream().filter(b -> b.isArticle()).count();
        list.add(item(articles > 0, "drafts.editor.check.text", articles));
        for (AttachmentKind recommended : new AttachmentKind[] {AttachmentKind.EXPLANATORY_STATEMENT,
                AttachmentKind.IMPACT_ASSESSMENT}) {
            boolean attached = draft.attachments().stream().anyMatch(a -> a.kind() == recommended);
            Paragraph advice = item(attached, "drafts.editor.check.attachment",
                    getTranslation("drafts.attachment-kind." + recommended.name()));
            if (!attached) {
                advice.addClassName("check-advice");
            }
            list.add(advice);
        }
        return list;
    }

    private Paragraph item(boolean done, String key, Object... args) {
        Paragraph item = new Paragraph(getTranslation(done ? "drafts.editor.check.done" : "drafts.editor.check.missing")
                + " " + getTranslation(key, args));
        item.addClassName(done ? "check-done" : "check-missing");
        return item;
    }

    private void confirmPublish() {
        if (unsavedChanges.getAsBoolean()) {
            Notices.error(getTranslation("drafts.editor.publish.save-first"));
            return;
        }
        DraftDetails details = data.details();
        String text = details.opensAt() == null || details.closesAt() == null
                ? getTranslation("drafts.editor.publish.confirm.no-window")
                : getTranslation("drafts.editor.publish.confirm.text",
                        EditorDates.format(details.opensAt(), getLocale()),
                        EditorDates.format(details.closesAt(), getLocale()));
        confirm(getTranslation("drafts.editor.publish.confirm.title"), text,
                getTranslation("drafts.editor.publish.button"), () -> drafts.publish(data.id()));
    }

    private void confirmRecord() {
        confirm(getTranslation("drafts.editor.publish.record.heading"),
                getTranslation("drafts.editor.publish.record.confirm"),
                getTranslation("drafts.editor.publish.record"), () -> drafts.publishAsRecord(data.id()));
    }

    private void confirm(String header, String text, String action, Runnable publishing) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, e -> {
            try {
                publishing.run();
            } catch (InvalidInputException problem) {
                refused.accept(problem);
                return;
            }
            Notices.success(getTranslation("drafts.editor.publish.published"));
            draftChanged.run();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }
}
