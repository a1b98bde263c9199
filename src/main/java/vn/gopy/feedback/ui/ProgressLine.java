package vn.gopy.feedback.ui;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import vn.gopy.feedback.Progress;

/**
 * How many published comments have an answer: a bar and its words ("Đã trả lời 120/300 ý kiến"). The words name
 * the bar for screen readers, and say the same as its value; a complete draft is marked so.
 */
class ProgressLine extends Div {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span text = new Span();
    private final String textKey;

    /** {@code textKey} takes the number answered and the total, e.g. "feedback.progress.answered". */
    ProgressLine(String textKey) {
        this.textKey = textKey;
        addClassName("answer-progress");
        text.addClassName("answer-progress-text");
        text.setId("answer-progress-" + SEQUENCE.incrementAndGet());
        bar.getElement().setAttribute("aria-labelledby", text.getId().orElseThrow());
        add(text, bar);
    }

    void show(Progress progress) {
        bar.setValue(progress.fraction());
        text.setText(getTranslation(textKey, progress.answered(), progress.total()));
        setClassName("answer-progress-complete", progress.total() > 0 && progress.isComplete());
    }

    String text() {
        return text.getText();
    }

    double value() {
        return bar.getValue();
    }
}
