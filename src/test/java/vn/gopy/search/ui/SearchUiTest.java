package vn.gopy.search.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;

/** What the search views' tests share: an empty portal and index with one agency, addresses, key presses. */
abstract class SearchUiTest extends ViewTest {

    @Autowired TestDatabase database;
    @Autowired SearchUiFixtures fixtures;

    long justice;

    @BeforeEach
    void anEmptyPortalWithOneAgency() {
        database.clear();
        justice = fixtures.agency("BTP");
        TestStaff.anonymous();
    }

    static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    static Map<String, List<String>> parameters() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    /** The text a reader sees in an element, marked words included (they are inner HTML, not child elements). */
    static String text(HasElement component) {
        return Jsoup.parse(component.getElement().getOuterHTML()).text();
    }

    /** A key pressed in the search field, with the text the browser has in it, as the browser reports it. */
    static void press(SearchBox box, String key) {
        Element input = box.field().getElement();
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.key", key);
        data.put("element.value", box.field().getValue());
        data.put("['ArrowDown', 'ArrowUp', 'Enter', 'Escape'].includes(event.key)", true);
        input.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(input, "keydown", data));
    }
}
