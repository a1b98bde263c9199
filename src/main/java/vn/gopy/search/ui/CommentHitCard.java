package vn.gopy.search.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.gopy.common.PortalTime;
import vn.gopy.comments.CommentState;
import vn.gopy.search.CommentHit;

/**
 * One comment found: what it is about (a link to the comments of that article or draft), the text with the
 * matched words marked, and who wrote it, as the public may know it. Staff also see where it stands.
 */
final class CommentHitCard {

    private CommentHitCard() {
    }

    static Article of(Component context, Locale locale, CommentHit hit, boolean staffView) {
        Article card = new Article();
        card.addClassNames("card", "comment-hit");
        Anchor about = new Anchor(SearchLinks.comments(hit.draftId(), hit.articleLabel()), about(context, hit));
        about.addClassName("comment-hit-about");
        Paragraph heading = new Paragraph(about);
        heading.addClassName("comment-hit-heading");
        if (staffView) {
            heading.add(badge(context, hit.state()));
        }
        card.add(heading);
        if (!Marked.isBlank(hit.snippetHtml())) {
            card.add(Marked.in("p", "comment-hit-snippet", hit.snippetHtml()));
        }
        Paragraph who = new Paragraph(String.join(" · ", who(context, locale, hit)));
        who.addClassName("comment-hit-who");
        card.add(who);
        return card;
    }

    private static String about(Component context, CommentHit hit) {
        String draft = hit.draftTitle() == null ? "" : hit.draftTitle();
        if (hit.articleLabel() == null) {
            return context.getTranslation("search.comments.on-draft", draft);
        }
        String article = SearchLinks.articleName(hit.articleLabel(), context.getTranslation("search.article-word"));
        return article + " · " + draft;
    }

    private static Span badge(Component context, CommentState state) {
        Span badge = new Span(context.getTranslation("comments.state." + state.name()));
        badge.addClassNames("badge", "comment-state", "comment-state-" + state.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private static List<String> who(Component context, Locale locale, CommentHit hit) {
        List<String> parts = new ArrayList<>();
        parts.add(hit.authorName() != null ? hit.authorName() : context.getTranslation("search.comments.anonymous"));
        if (hit.kind() != null) {
            parts.add(context.getTranslation("comments.kind." + hit.kind().name()));
        }
        if (hit.organisation() != null && !hit.organisation().isBlank()) {
            parts.add(hit.organisation());
        }
        if (hit.provinceName() != null) {
            parts.add(hit.provinceName());
        }
        if (hit.date() != null) {
            parts.add(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .withZone(PortalTime.ZONE).format(hit.date()));
        }
        return parts;
    }
}
