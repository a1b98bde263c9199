package vn.gopy.drafts.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import vn.gopy.drafts.DraftEditorData;

/** The top of the editor: the way back, the draft's title (as text, whatever it contains) and where it stands. */
class EditorHeader extends Header {

    private final H1 title = new H1();
    private final Div facts = new Div();

    EditorHeader() {
        addClassName("editor-header");
        RouterLink back = new RouterLink(getTranslation("drafts.editor.back"), MyDraftsView.class);
        back.addClassName("back-link");
        facts.addClassName("editor-facts");
        add(back, title, facts);
    }

    void showNew() {
        title.setText(getTranslation("drafts.editor.new.title"));
        facts.removeAll();
    }

    void show(DraftEditorData data) {
        title.setText(data.details().title());
        facts.removeAll();
        Span reference = new Span(data.details().referenceNumber());
        reference.addClassName("editor-reference");
        Span version = new Span(data.revisionInProgress()
                ? getTranslation("drafts.editor.version.revising", data.workingVersion())
                : getTranslation("drafts.editor.version", data.workingVersion()));
        version.addClassName("muted");
        facts.add(new StatusBadge(data.status()), reference, version);
    }
}
