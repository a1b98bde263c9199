package vn.gopy.feedback.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import vn.gopy.comments.CommenterKind;
import vn.gopy.feedback.AnswerFilter;
import vn.gopy.feedback.Outcome;

/**
 * The answering page's filters: the article (or the whole draft), who commented, the outcome, and "only the
 * unanswered". Only the drafter's own choices change the address; showing the address's values does not.
 */
class AnswerFilters extends Div {

    private final Select<String> article = new Select<>();
    private final Select<CommenterKind> kind = new Select<>();
    private final Select<Outcome> outcome = new Select<>();
    private final Checkbox todo = new Checkbox();
    private final Consumer<AnswerFilter> changed;
    private boolean showing;

    /** {@code articles}: the draft's article labels in order, with their titles. */
    AnswerFilters(Map<String, String> articles, Consumer<AnswerFilter> changed) {
        this.changed = changed;
        addClassName("answer-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("feedback.filter.label"));
        String any = getTranslation("feedback.filter.any");

        List<String> labels = new ArrayList<>(articles.keySet());
        labels.add(AnswerFilter.WHOLE_DRAFT);
        article.setLabel(getTranslation("feedback.filter.article"));
        article.setItems(labels);
        article.setEmptySelectionAllowed(true);
        article.setEmptySelectionCaption(any);
        article.setItemLabelGenerator(a -> a == null ? any : AnswerFilter.WHOLE_DRAFT.equals(a)
                ? getTranslation("feedback.article.whole-draft") : articleCaption(a, articles.get(a)));
        article.addClassName("filter-article");

        kind.setLabel(getTranslation("feedback.filter.kind"));
        kind.setItems(CommenterKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(any);
        kind.setItemLabelGenerator(k -> k == null ? any : FeedbackFormats.kind(this, k));
        kind.addClassName("filter-kind");

        outcome.setLabel(getTranslation("feedback.filter.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(any);
        outcome.setItemLabelGenerator(o -> o == null ? any : FeedbackFormats.outcome(this, o));
        outcome.addClassName("filter-outcome");

        todo.setLabel(getTranslation("feedback.filter.todo"));
        todo.addClassName("filter-todo");
        todo.addValueChangeListener(e -> outcome.setEnabled(!e.getValue()));

        article.addValueChangeListener(e -> fire());
        kind.addValueChangeListener(e -> fire());
        outcome.addValueChangeListener(e -> fire());
        todo.addValueChangeListener(e -> fire());
        add(article, kind, outcome, todo);
    }

    private String articleCaption(String label, String title) {
        String caption = FeedbackFormats.article(this, label);
        return title == null || title.isBlank() ? caption : caption + ". " + FeedbackFormats.excerpt(title, 60);
    }

    private void fire() {
        if (!showing) {
            changed.accept(filter());
        }
    }

    /** Shows the address's filter; returns it as shown (an article the draft does not have is dropped). */
    AnswerFilter show(AnswerFilter filter) {
        showing = true;
        String label = filter.article();
        article.setValue(label == null ? null : article.getListDataView().getItems()
                .filter(a -> a.equalsIgnoreCase(label)).findFirst().orElse(null));
        kind.setValue(filter.kind());
        outcome.setValue(filter.outcome());
        todo.setValue(filter.unansweredOnly());
        outcome.setEnabled(!filter.unansweredOnly());
        showing = false;
        return filter();
    }

    AnswerFilter filter() {
        boolean unanswered = todo.getValue();
        return new AnswerFilter(article.getValue(), kind.getValue(), unanswered ? null : outcome.getValue(), unanswered);
    }
}
