package vn.gopy.search.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import vn.gopy.drafts.ui.DraftCardView;
import vn.gopy.search.AffectingDraft;

/** A draft that affects the reader, with the reasons as chips: "Your sector: Construction", "Nationwide". */
final class AffectingCard {

    private AffectingCard() {
    }

    static DraftCardView of(AffectingDraft affecting) {
        DraftCardView card = new DraftCardView(affecting.draft(), 2);
        card.addClassName("affecting-card");
        UnorderedList reasons = new UnorderedList();
        reasons.addClassNames("chips", "affect-reasons");
        reasons.getElement().setAttribute("aria-label", card.getTranslation("search.affects.why"));
        for (AffectingDraft.Reason reason : affecting.reasons()) {
            ListItem chip = new ListItem(card.getTranslation("search.affects.reason." + reason.kind().name(),
                    reason.label() == null || reason.label().isBlank() ? reason.code() : reason.label()));
            chip.addClassNames("affect-reason", "reason-" + reason.kind().name().toLowerCase(Locale.ROOT));
            reasons.add(chip);
        }
        card.add(reasons);
        return card;
    }
}
