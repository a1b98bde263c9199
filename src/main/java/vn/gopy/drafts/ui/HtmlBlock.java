package vn.gopy.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.dom.Element;

/**
 * One element whose content is given as markup, so that a long text costs one component per article
 * instead of one per line. The markup must come from {@link TextMarkup}, which escapes every text it
 * takes from a draft: nothing a drafter typed ever reaches the page as HTML.
 */
class HtmlBlock extends Component implements HasStyle {

    HtmlBlock(String tag, String markup) {
        super(new Element(tag));
        getElement().setProperty("innerHTML", markup);
    }

    String markup() {
        return getElement().getProperty("innerHTML");
    }
}
