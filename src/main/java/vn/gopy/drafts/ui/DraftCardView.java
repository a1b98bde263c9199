package vn.gopy.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.springframework.modulith.NamedInterface;
import vn.gopy.drafts.DraftCard;

/**
 * A consultation in a list: enough to decide whether to open it (type, title, agency, status, time left,
 * the first words of its summary). The title is the only link, so keyboard users tab once per card.
 * Public for the lists of other modules (search results, "what affects me"), which add their own lines.
 */
@NamedInterface("cards")
public class DraftCardView extends Article {

    public DraftCardView(DraftCard card, int headingLevel) {
        this(card, headingLevel, new Text(card.title()), excerpt(card));
    }

    /**
     * A card whose title and first words are given: a search result shows them with the matched words
     * marked. {@code excerpt} may be null, for a card without one.
     */
    public DraftCardView(DraftCard card, int headingLevel, Component title, Component excerpt) {
        addClassName("draft-card");

        Span type = new Span(card.documentType().name(getLocale()));
        type.addClassName("draft-card-type");
        Div top = new Div(type);
        if (card.referenceNumber() != null && !card.referenceNumber().isBlank()) {
            Span reference = new Span(card.referenceNumber());
            reference.addClassName("draft-card-reference");
            top.add(reference);
        }
        top.addClassName("draft-card-top");

        Anchor link = new Anchor(DraftLinks.draft(card.id()), title);
        HtmlContainer heading = headingLevel == 2 ? new H2(link) : new H3(link);
        heading.addClassName("draft-card-title");

        Div meta = new Div(ConsultationTiming.badge(this, card.status()), timing(card));
        meta.addClassName("draft-card-meta");
        add(top, heading);
        if (card.agency() != null) {
            Paragraph agency = new Paragraph(card.agency().name(getLocale()));
            agency.addClassName("draft-card-agency");
            add(agency);
        }
        add(meta);
        if (excerpt != null) {
            excerpt.getElement().getClassList().add("draft-card-excerpt");
            add(excerpt);
        }
    }

    private static Paragraph excerpt(DraftCard card) {
        String excerpt = ReadingFormat.excerpt(card.summary(), 180);
        return excerpt.isEmpty() ? null : new Paragraph(excerpt);
    }

    private Span timing(DraftCard card) {
        Span timing = new Span(ConsultationTiming.remaining(this, getLocale(), card));
        timing.addClassName("draft-card-timing");
        if (ConsultationTiming.closingSoon(card)) {
            timing.addClassName("closing-soon");
        }
        return timing;
    }
}
