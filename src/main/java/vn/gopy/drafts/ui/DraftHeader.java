package vn.gopy.drafts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.gopy.drafts.DraftCard;

/** The top of a draft's page: type and number, title, agency, status, and the consultation's time. */
class DraftHeader extends Header {

    DraftHeader(DraftCard card) {
        addClassName("draft-header");
        Paragraph kicker = new Paragraph(new Span(card.documentType().name(getLocale())));
        kicker.addClassName("draft-kicker");
        if (card.referenceNumber() != null && !card.referenceNumber().isBlank()) {
            Span reference = new Span(getTranslation("drafts.page.reference", card.referenceNumber()));
            reference.addClassName("draft-reference");
            kicker.add(reference);
        }
        H1 title = new H1(card.title());
        title.getElement().setAttribute("lang", card.language() == null ? "vi" : card.language());
        add(kicker, title);
        if (card.agency() != null) {
            Paragraph agency = new Paragraph(getTranslation("drafts.page.agency", card.agency().name(getLocale())));
            agency.addClassName("draft-agency");
            add(agency);
        }
        Span remaining = new Span(ConsultationTiming.remaining(this, getLocale(), card));
        remaining.addClassName("draft-remaining");
        if (ConsultationTiming.closingSoon(card)) {
            remaining.addClassName("closing-soon");
        }
        Div status = new Div(ConsultationTiming.badge(this, card.status()), remaining);
        status.addClassName("draft-status");
        Paragraph window = new Paragraph(ConsultationTiming.window(this, getLocale(), card));
        window.addClassName("draft-window");
        add(status, window);
    }
}
