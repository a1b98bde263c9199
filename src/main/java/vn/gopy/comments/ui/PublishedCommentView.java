package vn.gopy.comments.ui;

import java.util.function.UnaryOperator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import vn.gopy.comments.CommentAttachmentInfo;
import vn.gopy.comments.CommentService;
import vn.gopy.comments.PublishedComment;

/**
 * One published comment: what it is about, who wrote it (or "Anonymous"), as whom, from where and when,
 * for a campaign how many people sent it, its text as plain paragraphs, its attachments, and a button to
 * report it to the moderators. Every text is set as text, never as markup.
 */
class PublishedCommentView extends Article {

    PublishedCommentView(long draftId, PublishedComment comment, UnaryOperator<String> provinceName,
            CommentService comments) {
        addClassName("published-comment");
        Div about = new Div();
        about.addClassName("comment-about");
        if (comment.articleLabel() == null) {
            about.add(new Span(CommentFormats.about(this, null)));
        } else {
            about.add(new Anchor(CommentLinks.article(draftId, comment.articleLabel()),
                    CommentFormats.about(this, comment.articleLabel())));
        }

        Div author = new Div();
        author.addClassName("comment-author");
        Span name = new Span(comment.authorName() == null ? getTranslation("comments.list.anonymous")
                : comment.authorName());
        name.addClassName("comment-author-name");
        author.add(name, detail(getTranslation("comments.kind." + comment.kind().name())));
        if (comment.organisation() != null && !comment.organisation().isBlank()) {
            author.add(detail(comment.organisation()));
        }
        if (comment.provinceCode() != null) {
            author.add(detail(provinceName.apply(comment.provinceCode())));
        }
        Span date = detail(CommentFormats.dateTime(comment.publishedAt(), getLocale()));
        date.addClassName("comment-date");
        author.add(date);

        add(about, author);
        if (comment.isCampaign()) {
            Paragraph campaign = new Paragraph(getTranslation("comments.list.campaign", comment.campaignSize()));
            campaign.addClassName("comment-campaign");
            add(campaign);
        }
        add(CommentFormats.paragraphs(comment.text()));
        if (!comment.attachments().isEmpty()) {
            UnorderedList files = new UnorderedList();
            files.addClassName("comment-attachments");
            files.getElement().setAttribute("aria-label", getTranslation("comments.list.attachments"));
            comment.attachments().forEach(a -> files.add(new ListItem(download(a))));
            add(files);
        }
        Button report = new Button(getTranslation("comments.report.button"),
                e -> new ReportDialog(comment.id(), comments).open());
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        report.addClassName("comment-report");
        report.setAriaLabel(getTranslation("comments.report.button-label",
                comment.authorName() == null ? getTranslation("comments.list.anonymous") : comment.authorName()));
        add(report);
    }

    private static Span detail(String text) {
        Span span = new Span(text);
        span.addClassName("comment-detail");
        return span;
    }

    private Anchor download(CommentAttachmentInfo attachment) {
        Anchor link = new Anchor(CommentLinks.attachment(attachment.id()), attachment.fileName());
        link.setRouterIgnore(true);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("title", getTranslation("comments.list.download",
                attachment.fileName(), Math.max(1, attachment.sizeBytes() / 1024)));
        return link;
    }
}
