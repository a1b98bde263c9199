package vn.gopy.comments.ui;

import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.gopy.comments.CommentState;
import vn.gopy.comments.TrackedComment;

/**
 * Where one comment stands, in plain words: its state, the dates so far, the reason when it was not
 * published, its text (as text), and, while it waits for confirmation, a way to get the link again.
 */
class TrackedCommentPanel extends Div {

    TrackedCommentPanel(TrackedComment comment, Supplier<String> resend) {
        addClassNames("tracked-comment", "state-" + comment.state().name().toLowerCase(Locale.ROOT));
        Span state = new Span(getTranslation("comments.state." + comment.state().name()));
        state.addClassNames("badge", "comment-state");
        H2 heading = new H2(getTranslation("comments.track.result", comment.trackingNumber()));
        Paragraph explanation = new Paragraph(getTranslation("comments.state." + comment.state().name() + ".explained"));
        explanation.addClassName("state-explained");
        add(heading, state, explanation);
        if (comment.state() == CommentState.NOT_PUBLISHED && comment.decisionReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("comments.track.reason", comment.decisionReason()));
            reason.addClassName("decision-reason");
            add(reason);
        }
        if (comment.state() == CommentState.AWAITING_CONFIRMATION) {
            Paragraph sent = new Paragraph();
            sent.addClassName("resend-status");
            sent.getElement().setAttribute("role", "status");
            Button again = new Button(getTranslation("comments.track.resend"), e -> sent.setText(resend.get()));
            again.addClassName("resend-button");
            add(again, sent);
        }

        DescriptionList facts = new DescriptionList();
        facts.addClassName("tracked-facts");
        fact(facts, "comments.track.about", aboutText(comment));
        fact(facts, "comments.track.submitted", CommentFormats.dateTime(comment.submittedAt(), getLocale()));
        if (comment.state() == CommentState.AWAITING_CONFIRMATION && comment.confirmationExpiresAt() != null) {
            fact(facts, "comments.track.link-valid-until",
                    CommentFormats.dateTime(comment.confirmationExpiresAt(), getLocale()));
        }
        if (comment.confirmedAt() != null) {
            fact(facts, "comments.track.confirmed", CommentFormats.dateTime(comment.confirmedAt(), getLocale()));
        }
        if (comment.publishedAt() != null) {
            fact(facts, "comments.track.published", CommentFormats.dateTime(comment.publishedAt(), getLocale()));
        }
        add(facts, new H2(getTranslation("comments.track.text")), CommentFormats.paragraphs(comment.text()));
        if (comment.state() == CommentState.PUBLISHED) {
            add(new Paragraph(new Anchor(CommentLinks.draft(comment.draftId(), comment.articleLabel()),
                    getTranslation("comments.track.see-published"))));
        }
    }

    private String aboutText(TrackedComment comment) {
        String about = CommentFormats.about(this, comment.articleLabel());
        if (comment.articleTitle() != null && !comment.articleTitle().isBlank()) {
            about += ". " + comment.articleTitle();
        }
        return about + " – " + comment.draftTitle();
    }

    private void fact(DescriptionList facts, String termKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }
}
