package vn.gopy.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import vn.gopy.comments.CommentForModeration;
import vn.gopy.comments.Mask;
import vn.gopy.moderation.QueueItem;

/**
 * The comment being decided: who sent it and when, the screening's flags, its form-letter group, its text
 * (with the masking editor), and beside it (below it on a phone) the article it is about.
 */
class CommentPanel extends Section {

    private final H2 heading = new H2();
    private final Div details = new Div();
    private final Div flags = new Div();
    private final Div group = new Div();
    private final MaskEditor text = new MaskEditor();
    private final Div attachments = new Div();
    private final Aside article = new Aside();
    private final Paragraph empty = new Paragraph();
    private final Div body = new Div();

    CommentPanel() {
        addClassName("moderation-current");
        heading.setId("current-comment-title");
        getElement().setAttribute("aria-labelledby", "current-comment-title");
        details.addClassName("comment-details");
        flags.addClassName("comment-flags");
        group.addClassName("comment-group");
        attachments.addClassName("comment-attachments");
        article.addClassName("moderation-article");
        Div comment = new Div(details, flags, group, text, attachments);
        comment.addClassName("moderation-comment");
        body.addClassName("moderation-pair");
        body.add(comment, article);
        empty.addClassName("empty-state");
        empty.setText(getTranslation("moderation.queue.empty"));
        add(heading, body, empty);
    }

    void show(QueueItem item) {
        empty.setVisible(item == null);
        body.setVisible(item != null);
        if (item == null) {
            heading.setText(getTranslation("moderation.queue.nothing"));
            return;
        }
        CommentForModeration c = item.comment();
        heading.setText(getTranslation("moderation.comment.title", c.trackingNumber()));
        details.removeAll();
        details.add(detail(item.draftTitle()), detail(item.agencyName()),
                detail(getTranslation("comments.kind." + c.kind().name())));
        if (c.authorName() != null && !c.authorName().isBlank()) {
            details.add(detail(c.publishName() ? c.authorName()
                    : getTranslation("moderation.comment.name-private", c.authorName())));
        }
        if (c.organisation() != null && !c.organisation().isBlank()) {
            details.add(detail(c.organisation()));
        }
        details.add(detail(getTranslation("moderation.comment.confirmed",
                ModerationFormats.dateTime(c.confirmedAt(), getLocale()))));

        flags.removeAll();
        flags.setVisible(!item.flags().isEmpty());
        item.flags().stream().sorted().forEach(f -> flags.add(ModerationFormats.flag(this, f)));

        group.removeAll();
        group.setVisible(item.groupId() != null);
        if (item.groupId() != null) {
            Span letters = new Span(getTranslation("moderation.group.letters", item.groupSize()));
            letters.addClassNames("badge", "group-badge");
            group.add(letters,
                    new Anchor(QueueAddress.of(QueueAddress.GROUP, item.groupId()), getTranslation("moderation.group.filter")),
                    new Anchor(GroupView.address(item.groupId()), getTranslation("moderation.group.open")));
        }
        text.show(c.text(), item.personalData());
        attachments.removeAll();
        attachments.setVisible(!c.attachments().isEmpty());
        c.attachments().forEach(a -> attachments.add(detail(getTranslation("moderation.comment.attachment", a.fileName()))));
        showArticle(item);
    }

    private void showArticle(QueueItem item) {
        article.removeAll();
        article.getElement().setAttribute("aria-label", getTranslation("moderation.article.label"));
        if (item.articleTitle() == null && item.articleText() == null) {
            article.add(new H3(getTranslation("moderation.article.whole-draft")), new Paragraph(item.draftTitle()));
            return;
        }
        String label = item.comment().articleLabel();
        String title = item.articleTitle() == null ? "" : item.articleTitle();
        article.add(new H3(label == null ? title : getTranslation("moderation.article.title", label, title)),
                ModerationFormats.paragraphs(item.articleText(), "article-text"));
    }

    List<Mask> masks() {
        return text.masks();
    }

    MaskEditor maskEditor() {
        return text;
    }

    private static Span detail(String text) {
        Span span = new Span(text == null ? "" : text);
        span.addClassName("comment-detail");
        return span;
    }
}
