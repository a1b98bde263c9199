package vn.gopy.drafts.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import vn.gopy.drafts.ImpactItem;
import vn.gopy.drafts.ImpactView;
import vn.gopy.drafts.ProcedureChange;

/**
 * The impact summary as cards a citizen can scan: who is affected and where, what it costs and brings,
 * which administrative procedures change. Parts the drafter left empty are not shown at all.
 */
class ImpactSection extends Section {

    /** What the drafter wrote is in the draft's {@code language}; the taxonomies' names are in the reader's. */
    private final String language;

    ImpactSection(ImpactView impact, String language) {
        this.language = language;
        addClassName("impact");
        H2 heading = new H2(getTranslation("drafts.page.impact.title"));
        heading.setId("impact-title");
        getElement().setAttribute("aria-labelledby", "impact-title");
        Div cards = new Div();
        cards.addClassName("impact-cards");
        cards.add(whoIsAffected(impact));
        if (!impact.costsAndBenefits().isEmpty()) {
            cards.add(costsAndBenefits(impact.costsAndBenefits()));
        }
        if (!impact.procedures().isEmpty()) {
            cards.add(procedures(impact.procedures()));
        }
        add(heading, cards);
    }

    private Div whoIsAffected(ImpactView impact) {
        Div card = card("affected", "drafts.page.impact.affected");
        Locale locale = getLocale();
        group(card, "citizen-groups", impact.citizenGroups(), t -> t.name(locale));
        group(card, "sectors", impact.sectors(), t -> t.name(locale));
        group(card, "sizes", impact.businessSizes(), s -> getTranslation("drafts.size." + s.name()));
        if (impact.nationwide()) {
            group(card, "area", List.of(getTranslation("drafts.page.impact.nationwide")), Function.identity());
        } else {
            group(card, "area", impact.provinces(), t -> t.name(locale));
        }
        return card;
    }

    private <T> void group(Div card, String name, List<T> items, Function<T, String> label) {
        if (items.isEmpty()) {
            return;
        }
        Paragraph title = new Paragraph(getTranslation("drafts.page.impact." + name));
        title.addClassName("impact-group-title");
        UnorderedList chips = new UnorderedList();
        chips.addClassName("chips");
        items.forEach(item -> chips.add(new ListItem(label.apply(item))));
        card.add(title, chips);
    }

    private Div costsAndBenefits(List<ImpactItem> items) {
        Div card = card("costs", "drafts.page.impact.costs");
        UnorderedList list = new UnorderedList();
        list.addClassName("impact-list");
        for (ImpactItem item : items) {
            ListItem entry = new ListItem(kind("impact-" + item.kind().name().toLowerCase(Locale.ROOT),
                    getTranslation("drafts.impact-kind." + item.kind().name())));
            entry.add(drafterText(new Paragraph(item.description())));
            if (item.affectedParty() != null && !item.affectedParty().isBlank()) {
                line(entry, "impact-party", getTranslation("drafts.page.impact.party", item.affectedParty()));
            }
            if (item.amountVnd() != null) {
                String amount = getTranslation("drafts.page.impact.amount",
                        ReadingFormat.number(item.amountVnd(), getLocale()));
                boolean noted = item.amountNote() != null && !item.amountNote().isBlank();
                line(entry, "impact-amount", noted ? amount + " · " + item.amountNote() : amount);
            }
            list.add(entry);
        }
        card.add(list);
        return card;
    }

    private Div procedures(List<ProcedureChange> changes) {
        Div card = card("procedures", "drafts.page.impact.procedures");
        UnorderedList list = new UnorderedList();
        list.addClassName("impact-list");
        for (ProcedureChange change : changes) {
            Span name = drafterText(new Span(change.name()));
            name.addClassName("procedure-name");
            ListItem entry = new ListItem(kind("procedure-" + change.changeType().name().toLowerCase(Locale.ROOT),
                    getTranslation("drafts.procedure-change." + change.changeType().name())), name);
            if (change.description() != null && !change.description().isBlank()) {
                entry.add(drafterText(new Paragraph(change.description())));
            }
            list.add(entry);
        }
        card.add(list);
        return card;
    }

    private <T extends Component> T drafterText(T component) {
        component.getElement().setAttribute("lang", language);
        return component;
    }

    private Div card(String name, String titleKey) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.addClassNames("impact-card", "impact-card-" + name);
        return card;
    }

    private static Span kind(String className, String text) {
        Span badge = new Span(text);
        badge.addClassNames("badge", className);
        return badge;
    }

    private static void line(ListItem entry, String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        entry.add(p);
    }
}
