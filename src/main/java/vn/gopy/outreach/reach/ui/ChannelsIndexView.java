package vn.gopy.outreach.reach.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.gopy.outreach.reach.Channels;
import vn.gopy.outreach.reach.DraftChannelsSummary;
import vn.gopy.security.Role;

/** The agency's public drafts (an administrator's: every agency's), each with its channels' totals. */
@Route("outreach/channels")
@Menu(title = "outreach.reach.menu", order = 16)
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
@StyleSheet("styles/outreach-reach.css")
public class ChannelsIndexView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Channels channels;
    private final Div list = new Div();

    ChannelsIndexView(Channels channels) {
        this.channels = channels;
        addClassNames("page", "reach-page", "reach-index");
        Paragraph intro = new Paragraph(getTranslation("outreach.reach.what"));
        intro.addClassName("muted");
        list.addClassName("reach-drafts");
        add(new H1(getTranslation("outreach.reach.index.title")), intro, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.removeAll();
        List<DraftChannelsSummary> drafts = channels.overview();
        if (drafts.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("outreach.reach.index.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        drafts.forEach(d -> list.add(row(d)));
    }

    private Article row(DraftChannelsSummary summary) {
        H2 title = new H2(new Anchor(ReachLinks.draft(summary.draft().id()), summary.draft().title()));
        Paragraph counts = new Paragraph(summary.channels() == 0 ? getTranslation("outreach.reach.index.none")
                : getTranslation("outreach.reach.index.counts", summary.channels(), summary.visits(),
                        summary.confirmedComments()));
        counts.addClassName("reach-draft-counts");
        Article row = new Article(title, new Paragraph(summary.draft().referenceNumber()), counts);
        row.addClassName("reach-draft");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outreach.reach.index.title") + " · Gopy";
    }
}
