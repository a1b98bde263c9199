package vn.gopy.feedback.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftService;
import vn.gopy.feedback.Dispositions;
import vn.gopy.feedback.Progress;
import vn.gopy.security.Role;

/**
 * The drafter's public drafts (an administrator's: every agency's), each with its status, its published comments
 * and how many have an answer, and the way to its dashboard and to answering.
 */
@Route("feedback")
@Menu(title = "feedback.menu", order = 15)
@RolesAllowed({Role.Names.DRAFTER, Role.Names.ADMIN})
public class FeedbackIndexView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final Dispositions dispositions;
    private final Div list = new Div();

    FeedbackIndexView(DraftService drafts, Dispositions dispositions) {
        this.drafts = drafts;
        this.dispositions = dispositions;
        addClassNames("page", "feedback-page", "feedback-index");
        Paragraph intro = new Paragraph(getTranslation("feedback.index.intro"));
        intro.addClassName("muted");
        list.addClassName("feedback-drafts");
        add(new H1(getTranslation("feedback.index.title")), intro, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.removeAll();
        List<DraftCard> shown = drafts.myDrafts().stream().filter(d -> d.status().isPublic()).toList();
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("feedback.index.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        shown.forEach(d -> list.add(row(d)));
    }

    private Article row(DraftCard draft) {
        Progress progress = dispositions.progress(draft.id());
        H2 title = new H2(new Anchor(FeedbackLinks.dashboard(draft.id()), draft.title()));
        Span reference = new Span(draft.referenceNumber());
        reference.addClassName("muted");
        Div meta = new Div(FeedbackFormats.statusBadge(this, draft.status()), reference);
        if (draft.agency() != null) {
            meta.add(new Span(draft.agency().name(getLocale())));
        }
        meta.addClassName("feedback-draft-meta");
        Paragraph published = new Paragraph(getTranslation("feedback.index.published", progress.total()));
        published.addClassName("feedback-draft-count");
        ProgressLine line = new ProgressLine("feedback.progress.short");
        line.show(progress);
        Anchor dashboard = new Anchor(FeedbackLinks.dashboard(draft.id()), getTranslation("feedback.link.dashboard"));
        Anchor answers = new Anchor(FeedbackLinks.answers(draft.id()), getTranslation("feedback.link.answers"));
        answers.addClassName("answers-link");
        Div links = new Div(dashboard, answers);
        links.addClassName("feedback-links");
        Article row = new Article(title, meta, published, line, links);
        row.addClassName("feedback-draft");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.index.title") + " · Gopy";
    }
}
