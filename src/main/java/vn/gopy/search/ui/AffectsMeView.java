package vn.gopy.search.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gopy.search.AffectingDraft;
import vn.gopy.search.ImpactProfile;
import vn.gopy.search.SearchService;
import vn.gopy.taxonomies.Taxonomies;

/**
 * "What affects me": a business gives its sectors, size and province, a citizen their groups, and sees the
 * open and upcoming drafts that concern them, best matches first, each with why. The profile is the address
 * ({@code affects-me?sector=F&size=SMALL&province=01}), so it can be bookmarked now and become a
 * subscription later without asking again.
 */
@Route(AffectsMeView.ROUTE)
@Menu(title = "search.affects.menu", order = 3)
@AnonymousAllowed
public class AffectsMeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "affects-me";
    static final int SHOWN = 50;

    private static final Logger log = LoggerFactory.getLogger(AffectsMeView.class);

    private final SearchService search;
    private final ProfileForm form;
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private final Anchor follow = FollowLink.create("outreach.alerts.follow-profile", "follow-profile");

    AffectsMeView(SearchService search, Taxonomies taxonomies) {
        this.search = search;
        this.form = new ProfileForm(taxonomies, profile ->
                UI.getCurrent().navigate(AffectsMeView.class, new QueryParameters(profile.toParameters())));
        addClassNames("page", "affects-page");
        Paragraph intro = new Paragraph(getTranslation("search.affects.intro"));
        intro.addClassName("muted");
        count.addClassName("result-count");
        count.getElement().setAttribute("role", "status");
        results.addClassNames("card-list", "affects-results");
        add(new H1(getTranslation("search.affects.heading")), intro, form, count, follow, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ImpactProfile profile = ImpactProfile.fromParameters(event.getLocation().getQueryParameters().getParameters());
        form.show(profile);
        FollowLink.point(follow, "profile", profile.toParameters());
        results.removeAll();
        count.setText("");
        if (profile.isEmpty()) {
            results.add(empty("search.affects.start"));
            return;
        }
        List<AffectingDraft> found;
        try {
            found = search.affecting(profile, SHOWN, getLocale());
        } catch (RuntimeException e) {
            log.warn("Finding the drafts that affect {} failed", profile, e);
            results.add(empty("search.failed"));
            return;
        }
        if (found.isEmpty()) {
            results.add(empty("search.affects.none"));
            return;
        }
        count.setText(getTranslation("search.affects.count", found.size()));
        found.forEach(draft -> results.add(AffectingCard.of(draft)));
        Paragraph bookmark = new Paragraph(getTranslation("search.affects.bookmark"));
        bookmark.addClassNames("muted", "affects-bookmark");
        results.add(bookmark);
    }

    private Paragraph empty(String key) {
        Paragraph empty = new Paragraph(getTranslation(key));
        empty.addClassName("empty-state");
        return empty;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.affects.title") + " · Gopy";
    }
}
