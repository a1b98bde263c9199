package vn.gopy.feedback.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.gopy.common.InvalidInputException;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.Outcome;
import vn.gopy.shell.FieldErrors;

/**
 * An answer being written: the outcome, the explanation (with a counter) and the changed article. Save (or
 * Ctrl+Enter anywhere in the editor) hands it over; the service's verdict comes back beside the fields, and what
 * was typed stays. Problems no field shows (the report was published) go in a line above the button.
 */
class AnswerEditor extends Div {

    /** What happens on saving; throws the service's {@link InvalidInputException} when the answer is refused. */
    interface Saving {
        void save(Answer answer);
    }

    private final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>();
    private final TextArea explanation = new TextArea();
    private final Span counter = new Span();
    private final TextField changedArticle = new TextField();
    private final Paragraph problem = new Paragraph();
    private final Button save = new Button();
    private final Saving saving;

    AnswerEditor(String saveText, Saving saving) {
        this.saving = saving;
        addClassName("answer-editor");
        outcome.setLabel(getTranslation("feedback.editor.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> FeedbackFormats.outcome(this, o));
        outcome.setRequiredIndicatorVisible(true);
        outcome.addClassName("answer-outcome");
        outcome.addValueChangeListener(e -> explanation.setRequiredIndicatorVisible(needsExplanation(e.getValue())));

        explanation.setLabel(getTranslation("feedback.editor.explanation"));
        explanation.setMaxLength(Answer.MAX_EXPLANATION);
        explanation.setValueChangeMode(ValueChangeMode.LAZY);
        explanation.setWidthFull();
        explanation.addClassName("answer-explanation");
        counter.addClassName("char-counter");
        explanation.setHelperComponent(counter);
        explanation.addValueChangeListener(e -> count());
        count();

        changedArticle.setLabel(getTranslation("feedback.editor.changed-article"));
        changedArticle.setHelperText(getTranslation("feedback.editor.changed-article.help"));
        changedArticle.setMaxLength(Answer.MAX_ARTICLE_LABEL + "Article ".length());
        changedArticle.addClassName("answer-changed-article");

        problem.addClassName("answer-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        save.setText(saveText);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("answer-save");
        save.addClickListener(e -> save());
        Span keys = new Span(getTranslation("feedback.editor.keys"));
        keys.addClassNames("muted", "answer-keys");
        Div actions = new Div(save, keys);
        actions.addClassName("answer-actions");
        add(outcome, explanation, changedArticle, problem, actions);

        // Ctrl+Enter (Cmd+Enter on a Mac) from any field of this editor; the focused field's text is sent first.
        for (KeyModifier modifier : List.of(KeyModifier.CONTROL, KeyModifier.META)) {
            Shortcuts.addShortcutListener(this, this::save, Key.ENTER, modifier).listenOn(this)
                    .resetFocusOnActiveElement();
        }
    }

    private static boolean needsExplanation(Outcome value) {
        return value == Outcome.NOT_ACCEPTED || value == Outcome.PARTLY_ACCEPTED;
    }

    private void count() {
        String text = explanation.getValue();
        counter.setText(getTranslation("feedback.editor.counter", text.codePointCount(0, text.length()),
                Answer.MAX_EXPLANATION));
    }

    /** Starts from an earlier answer (to change it), or from nothing. */
    void read(Answer answer) {
        clearProblems();
        outcome.setValue(answer == null ? null : answer.outcome());
        explanation.setValue(answer == null || answer.explanation() == null ? "" : answer.explanation());
        changedArticle.setValue(answer == null || answer.changedArticle() == null ? "" : answer.changedArticle());
    }

    /** The answer as typed, unchecked. */
    Answer value() {
        return new Answer(outcome.getValue(), explanation.getValue(), changedArticle.getValue());
    }

    void save() {
        if (!save.isEnabled()) {
            return;
        }
        try {
            saving.save(value());
            clearProblems();
        } catch (InvalidInputException e) {
            showProblems(e);
        }
    }

    /** Shows a refusal beside the fields it concerns; the rest above the button. */
    void showProblems(InvalidInputException e) {
        List<String> unplaced = FieldErrors.show(this, e,
                Map.of("outcome", outcome, "explanation", explanation, "changedArticle", changedArticle));
        problem.setText(String.join(" ", unplaced));
        problem.setVisible(!unplaced.isEmpty());
        if (outcome.isInvalid()) {
            focusOutcome();
        } else if (explanation.isInvalid()) {
            explanation.focus();
        } else if (changedArticle.isInvalid()) {
            changedArticle.focus();
        }
    }

    private void clearProblems() {
        outcome.setInvalid(false);
        explanation.setInvalid(false);
        changedArticle.setInvalid(false);
        problem.setVisible(false);
        problem.setText("");
    }

    /** Off once the report is published: the answers are the record then. */
    void setOpen(boolean open) {
        outcome.setReadOnly(!open);
        explanation.setReadOnly(!open);
        changedArticle.setReadOnly(!open);
        save.setEnabled(open);
    }

    void focusFirst() {
        focusOutcome();
    }

    /** A radio group takes no focus of its own: its chosen (or first) button does. */
    private void focusOutcome() {
        outcome.getElement().executeJs("const r = this.querySelector('vaadin-radio-button[checked]')"
                + " || this.querySelector('vaadin-radio-button'); if (r) r.focus();");
    }
}
