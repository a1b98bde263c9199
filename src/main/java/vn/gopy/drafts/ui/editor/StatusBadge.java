package vn.gopy.drafts.ui.editor;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import vn.gopy.drafts.DraftStatus;

/** A draft's status as a coloured label (the badge styles live in gopy.css). */
final class StatusBadge extends Span {

    StatusBadge(DraftStatus status) {
        addClassNames("badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        setText(getTranslation("drafts.status." + status.name()));
    }
}
