package vn.gopy.drafts.ui;

import java.util.function.IntFunction;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import org.springframework.modulith.NamedInterface;
import vn.gopy.drafts.PageOf;

/**
 * Previous and next as real links (they open in a new tab, and the address names the page), with
 * "page X of Y" between them. Hidden when everything fits on one page. Public for other modules' paged
 * lists on the draft page (the published comments).
 */
@NamedInterface("pager")
public class Pager extends Nav {

    public Pager() {
        addClassName("pager");
    }

    /** Shows where {@code page} is; {@code href} gives the address of a page numbered from 1. */
    public void show(PageOf<?> page, IntFunction<String> href) {
        removeAll();
        setVisible(page.pageCount() > 1);
        getElement().setAttribute("aria-label", getTranslation("drafts.pager.label"));
        int current = page.page() + 1;
        add(link(page.hasPrevious(), href.apply(current - 1), "drafts.pager.previous", "prev"));
        Span position = new Span(getTranslation("drafts.pager.position", current, page.pageCount()));
        position.addClassName("pager-position");
        position.getElement().setAttribute("aria-current", "page");
        add(position);
        add(link(page.hasNext(), href.apply(current + 1), "drafts.pager.next", "next"));
    }

    /** A placeholder keeps "page X of Y" in its place when there is no previous or next page. */
    private Span link(boolean available, String href, String textKey, String rel) {
        Span holder = new Span();
        holder.addClassName("pager-" + rel);
        if (available) {
            Anchor anchor = new Anchor(href, getTranslation(textKey));
            anchor.getElement().setAttribute("rel", rel);
            holder.add(anchor);
        }
        return holder;
    }
}
