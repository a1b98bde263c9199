package vn.gopy.feedback.ui.report;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.gopy.comments.TrackedComment;
import vn.gopy.comments.ui.TrackedCommentAddition;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.ReceptionReports;
import vn.gopy.shell.PlainParagraphs;

/** The author sees the agency's answer to their comment on the tracking page, once the report is published. */
@org.springframework.stereotype.Component
class AnswerOnTrackingPage implements TrackedCommentAddition {

    private final ReceptionReports reports;

    AnswerOnTrackingPage(ReceptionReports reports) {
        this.reports = reports;
    }

    @Override
    public Component forComment(TrackedComment comment) {
        return reports.publishedAnswer(comment.draftId(), comment.trackingNumber()).map(a -> panel(comment, a))
                .orElse(null);
    }

    private static Component panel(TrackedComment comment, Answer answer) {
        Div panel = new Div();
        panel.addClassName("agency-answer");
        Span outcome = new Span(panel.getTranslation("feedback.outcome." + answer.outcome().name()));
        outcome.addClassNames("badge", "outcome-" + answer.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        panel.add(new H2(panel.getTranslation("feedback.answer.title")), outcome);
        // Plain text in paragraphs: the drafter's words are never read as HTML.
        panel.add(PlainParagraphs.of(answer.explanation(), "agency-answer-text"));
        if (answer.changedArticle() != null) {
            panel.add(new Paragraph(panel.getTranslation("feedback.answer.changed-article", answer.changedArticle())));
        }
        panel.add(new Paragraph(new Anchor(ReportLinks.draftPage(comment.draftId()),
                panel.getTranslation("feedback.answer.read-report"))));
        return panel;
    }
}
