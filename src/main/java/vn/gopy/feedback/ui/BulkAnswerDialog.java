package vn.gopy.feedback.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import vn.gopy.common.InvalidInputException;
import vn.gopy.feedback.Answer;
import vn.gopy.feedback.BulkAnswerOutcome;

/**
 * One answer for every selected comment: the same editor as a single comment's, then a confirmation that says
 * how many, then what was done ("12 answered, 1 skipped"). A refused answer comes back beside the fields and the
 * dialog stays open with what was typed.
 */
class BulkAnswerDialog extends Dialog {

    private final int count;
    private final Function<Answer, BulkAnswerOutcome> answering;
    private final Consumer<BulkAnswerOutcome> done;
    private final AnswerEditor editor;

    BulkAnswerDialog(int count, Function<Answer, BulkAnswerOutcome> answering,
            Consumer<BulkAnswerOutcome> done) {
        this.count = count;
        this.answering = answering;
        this.done = done;
        addClassName("bulk-answer-dialog");
        setHeaderTitle(getTranslation("feedback.bulk.title", count));
        setCloseOnEsc(true);
        Paragraph intro = new Paragraph(getTranslation("feedback.bulk.intro", count));
        intro.addClassName("muted");
        editor = new AnswerEditor(getTranslation("feedback.bulk.save", count), this::confirm);
        add(intro, editor);
        Button cancel = new Button(getTranslation("feedback.cancel"), e -> close());
        cancel.addClassName("bulk-cancel");
        getFooter().add(cancel);
    }

    /** Checks the answer first, so that a missing explanation is said before the question "answer 12?". */
    private void confirm(Answer answer) {
        Answer checked = answer.checked();
        ConfirmDialog question = new ConfirmDialog();
        question.addClassName("bulk-answer-confirm");
        question.setHeader(getTranslation("feedback.bulk.confirm-title", count));
        question.setText(getTranslation("feedback.bulk.confirm-text", count, FeedbackFormats.outcome(this, checked.outcome())));
        question.setCancelable(true);
        question.setCancelText(getTranslation("feedback.cancel"));
        question.setConfirmText(getTranslation("feedback.bulk.save", count));
        question.addConfirmListener(e -> apply(answer));
        question.open();
    }

    private void apply(Answer answer) {
        try {
            BulkAnswerOutcome outcome = answering.apply(answer);
            close();
            done.accept(outcome);
        } catch (InvalidInputException e) {
            editor.showProblems(e);
        }
    }

    AnswerEditor editor() {
        return editor;
    }
}
