package vn.gopy.comments.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.Receipt;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.CommentTarget;
import vn.gopy.taxonomies.Taxonomies;

/**
 * The page to comment on a draft or on one of its articles: says which, links back to it, and holds the
 * form while the consultation is open (or says why it is not); the receipt replaces the form on success.
 */
@Route("drafts/:draftId([0-9]{1,18})/comment")
@RouteAlias("drafts/:draftId([0-9]{1,18})/articles/:article/comment")
@AnonymousAllowed
public class CommentFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CommentService comments;
    private final Taxonomies taxonomies;
    private String title = "Gopy";

    CommentFormView(CommentService comments, Taxonomies taxonomies) {
        this.comments = comments;
        this.taxonomies = taxonomies;
        addClassNames("page", "comment-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long draftId = event.getRouteParameters().get("draftId").flatMap(CommentFormView::parseLong)
                .orElseThrow(() -> new NotFoundException("Draft " + event.getLocation().getPath()));
        CommentTarget target = comments.target(draftId, event.getRouteParameters().get("article").orElse(null));
        removeAll();
        add(header(target));
        if (target.isOpen()) {
            add(new CommentForm(target, comments, taxonomies, this::showReceipt,
                    ArrivedVia.of(draftId, event.getLocation().getQueryParameters())));
        } else {
            Paragraph why = new Paragraph(NotOpenMessage.why(this, getLocale(), target.draft()));
            why.addClassNames("notice", "comment-not-open");
            why.getElement().setAttribute("role", "status");
            add(why);
        }
    }

    private Header header(CommentTarget target) {
        Paragraph draft = new Paragraph(new Anchor(CommentLinks.draft(target.draft().id(), null), target.draft().title()));
        draft.addClassName("comment-page-draft");
        String about = target.isArticle()
                ? getTranslation("comments.form.title-article", articleName(target))
                : getTranslation("comments.form.title-draft");
        H1 heading = new H1(about);
        title = about + " – " + target.draft().title() + " · Gopy";
        Header header = new Header(draft, heading);
        header.addClassName("comment-page-header");
        if (target.isArticle()) {
            Anchor back = new Anchor(CommentLinks.article(target.draft().id(), target.articleLabel()),
                    getTranslation("comments.form.back-to-article", target.articleLabel()));
            back.addClassName("back-link");
            header.add(new Paragraph(back));
        }
        return header;
    }

    private String articleName(CommentTarget target) {
        String number = getTranslation("comments.about.article", target.articleLabel());
        return target.articleTitle() == null || target.articleTitle().isBlank() ? number
                : number + ". " + target.articleTitle();
    }

    private void showReceipt(Receipt receipt) {
        getChildren().filter(CommentForm.class::isInstance).toList().forEach(this::remove);
        add(new ReceiptPanel(receipt));
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
