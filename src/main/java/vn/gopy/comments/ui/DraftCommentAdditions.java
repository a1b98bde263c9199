package vn.gopy.comments.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import org.jsoup.nodes.Entities;
import vn.gopy.comments.CommentOrder;
import vn.gopy.comments.CommentService;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftStatus;
import vn.gopy.drafts.ui.DraftPageAdditions;
import vn.gopy.taxonomies.Taxonomies;

/**
 * The comments on one drawing of a draft's page. The counts per article are read once, and each article's
 * markup is a few escaped strings, so that a 260-article law stays fast.
 */
class DraftCommentAdditions implements DraftPageAdditions {

    private final DraftCard draft;
    private final boolean open;
    private final Map<String, Long> counts;
    private final CommentsSection section;
    private final String commentWord;
    private Anchor whole;

    DraftCommentAdditions(DraftCard draft, CommentService comments, Taxonomies taxonomies) {
        this.draft = draft;
        this.open = draft.status() == DraftStatus.OPEN;
        this.counts = comments.publishedCountsByArticle(draft.id());
        this.section = new CommentsSection(draft.id(), comments, taxonomies);
        this.commentWord = section.getTranslation("comments.page.comment-button");
    }

    @Override
    public Component top() {
        Div top = new Div();
        top.addClassName("draft-comment-actions");
        if (open) {
            whole = new Anchor(CommentLinks.form(draft.id(), null), VaadinIcon.COMMENT_O.create());
            whole.add(section.getTranslation("comments.page.comment-whole"));
            whole.addClassNames("comment-button", "comment-button-primary");
            top.add(whole);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            Anchor read = new Anchor("#" + CommentLinks.SECTION_ID,
                    section.getTranslation("comments.page.read-all", total));
            read.setRouterIgnore(true);
            read.addClassName("comment-count");
            top.add(read);
        }
        return top.getComponentCount() == 0 ? null : top;
    }

    @Override
    public String afterArticle(String articleLabel) {
        long count = counts.getOrDefault(articleLabel, 0L);
        if (!open && count == 0) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div class=\"article-comments\">");
        if (open) {
            html.append("<a class=\"comment-button\" href=\"")
                    .append(escape(CommentLinks.form(draft.id(), articleLabel))).append("\">")
                    .append(escape(commentWord)).append("<span class=\"visually-hidden\"> ")
                    .append(escape(section.getTranslation("comments.about.article", articleLabel)))
                    .append("</span></a>");
        }
        if (count > 0) {
            html.append("<a class=\"comment-count\" href=\"")
                    .append(escape(CommentLinks.comments(draft.id(), articleLabel,
                            CommentOrder.NEWEST, null, 1)))
                    .append("\">").append(escape(section.getTranslation("comments.page.count", count)))
                    .append("</a>");
        }
        return html.append("</div>").toString();
    }

    @Override
    public String inContents(String articleLabel) {
        long count = counts.getOrDefault(articleLabel, 0L);
        if (count == 0) {
            return "";
        }
        return "<span class=\"toc-comments\" title=\"" + escape(section.getTranslation("comments.page.count", count))
                + "\"><span aria-hidden=\"true\">" + count + "</span><span class=\"visually-hidden\">"
                + escape(section.getTranslation("comments.page.count", count)) + "</span></span>";
    }

    @Override
    public Component afterText() {
        return section;
    }

    @Override
    public void opened(String articleLabel, QueryParameters query) {
        section.show(articleLabel, query);
        String referral = ArrivedVia.remember(draft.id(), query);
        if (whole != null && referral != null) {
            whole.setHref(CommentLinks.form(draft.id(), null, referral));
        }
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
