package vn.gopy.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.AnswerItem;

/**
 * One published comment (or campaign) as the drafter answers it: who sent it and when, its text as plain text,
 * its current answer, and the editor (open while unanswered, behind "Change the answer" afterwards).
 */
class AnswerCard extends Article {

    /** What the answering page does for a card. */
    interface Actions {
        /** Saves the answer; throws the service's {@code InvalidInputException} when it is refused. */
        void answer(AnswerCard card, Answer answer);

        void selectionChanged();

        /** A province's name in the reader's language. */
        String province(String code);
    }

    private final Actions actions;
    private final Checkbox select = new Checkbox();
    private final Div current = new Div();
    private final Button change = new Button();
    private final AnswerEditor editor;
    private AnswerItem item;
    private boolean open = true;

    AnswerCard(AnswerItem item, Actions actions) {
        this.item = item;
        this.actions = actions;
        addClassName("answer-card");
        setId("comment-" + item.commentId());
        H3 number = new H3(item.trackingNumber());
        number.addClassName("answer-number");
        select.setAriaLabel(getTranslation("feedback.answers.select", item.trackingNumber()));
        select.addClassName("answer-select");
        select.addValueChangeListener(e -> actions.selectionChanged());
        Div head = new Div(select, number, tag(FeedbackFormats.article(this, item.articleLabel()), "answer-article"));
        if (item.senders() > 1) {
            Span campaign = tag(getTranslation("feedback.answers.senders", item.senders()), "answer-senders");
            campaign.addClassName("badge");
            head.add(campaign);
        }
        head.addClassName("answer-card-head");

        current.addClassName("answer-current");
        current.getElement().setAttribute("aria-live", "polite");
        change.setText(getTranslation("feedback.answers.change"));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        change.addClassName("answer-change");
        change.addClickListener(e -> openEditor());
        editor = new AnswerEditor(getTranslation("feedback.editor.save"), answer -> actions.answer(this, answer));
        add(head, who(), FeedbackFormats.paragraphs(item.text(), "answer-comment-text"), current, change, editor);
        show(item);
    }

    private Div who() {
        Div who = new Div();
        who.addClassName("answer-who");
        who.add(tag(FeedbackFormats.kind(this, item.kind()), "answer-kind"));
        if (present(item.organisation())) {
            who.add(tag(item.organisation(), "answer-organisation"));
        }
        if (present(item.name())) {
            who.add(tag(item.name(), "answer-name"));
        }
        if (present(item.email())) {
            Anchor mail = new Anchor("mailto:" + item.email(), item.email());
            mail.addClassName("answer-email");
            who.add(mail);
        }
        if (present(item.provinceCode())) {
            who.add(tag(actions.province(item.provinceCode()), "answer-province"));
        }
        who.add(tag(getTranslation("feedback.answers.sent", FeedbackFormats.dateTime(item.confirmedAt(), getLocale())),
                "answer-date"));
        return who;
    }

    /** Shows the comment with this state of its answer; an answered comment closes its editor. */
    void show(AnswerItem shown) {
        this.item = shown;
        current.removeAll();
        if (shown.isAnswered()) {
            Div line = new Div(FeedbackFormats.outcomeBadge(this, shown.outcome()));
            line.addClassName("answer-outcome-line");
            if (present(shown.changedArticle())) {
                line.add(tag(getTranslation("feedback.answers.changed-article", shown.changedArticle()),
                        "answer-changed"));
            }
            current.add(line, FeedbackFormats.paragraphs(shown.explanation(), "answer-explanation-text"));
            Paragraph by = new Paragraph(getTranslation("feedback.answers.answered-by", shown.answeredBy(),
                    FeedbackFormats.dateTime(shown.answeredAt(), getLocale())));
            by.addClassNames("muted", "answer-by");
            current.add(by);
        } else {
            Span none = new Span(getTranslation("feedback.answers.unanswered"));
            none.addClassNames("badge", "outcome", "outcome-none");
            current.add(none);
        }
        editor.read(shown.answer());
        editor.setVisible(!shown.isAnswered());
        change.setVisible(shown.isAnswered() && open);
    }

    private void openEditor() {
        editor.read(item.answer());
        editor.setVisible(true);
        change.setVisible(false);
        editor.focusFirst();
    }

    /** Closed once the report is published: nothing can be answered or changed any more. */
    void setOpen(boolean open) {
        this.open = open;
        editor.setOpen(open);
        select.setEnabled(open);
        change.setVisible(item.isAnswered() && open);
    }

    AnswerItem item() {
        return item;
    }

    AnswerEditor editor() {
        return editor;
    }

    boolean isSelected() {
        return select.getValue();
    }

    void setSelected(boolean selected) {
        select.setValue(selected);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static Span tag(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
