package vn.gopy.search.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

/**
 * "Follow": a plain link to the alerts' subscription page with this search or profile in its address
 * ({@code alerts?search=q%3Ddat%26sector%3DF}). A link, not a call: search knows nothing of the alerts module.
 */
final class FollowLink {

    private FollowLink() {
    }

    static Anchor create(String textKey, String className) {
        Anchor link = new Anchor();
        link.setText(link.getTranslation(textKey));
        link.addClassNames("follow-link", className);
        link.setVisible(false);
        return link;
    }

    /** Points the link at the subscription page for these parameters (none: hidden). */
    static void point(Anchor link, String kind, Map<String, List<String>> parameters) {
        link.setVisible(!parameters.isEmpty());
        if (!parameters.isEmpty()) {
            String value = new QueryParameters(parameters).getQueryString();
            link.setHref("alerts?" + new QueryParameters(Map.of(kind, List.of(value))).getQueryString());
        }
    }
}
