package vn.gopy.comments.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import vn.gopy.drafts.DraftCard;

/** Why a draft takes no comments now, with the date that matters (when it opens, when it closed). */
final class NotOpenMessage {

    private NotOpenMessage() {
    }

    static String why(Component context, Locale locale, DraftCard draft) {
        return switch (draft.status()) {
            case SCHEDULED -> context.getTranslation("comments.form.not-open.SCHEDULED",
                    CommentFormats.dateTime(draft.opensAt(), locale));
            case CLOSED, REPORT_PUBLISHED -> context.getTranslation("comments.form.not-open.CLOSED",
                    CommentFormats.dateTime(draft.closesAt(), locale));
            default -> context.getTranslation("comments.form.not-open.OTHER");
        };
    }
}
