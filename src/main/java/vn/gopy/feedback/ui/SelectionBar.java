package vn.gopy.feedback.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Bulk answering over the page's check boxes: how many are selected, select all or none of the page, and
 * "answer the selected", which hands the selected comments' ids on.
 */
class SelectionBar extends Div {

    private final Span selectedCount = new Span();
    private final Button selectPage = new Button();
    private final Button answerSelected = new Button();
    private final Supplier<List<AnswerCard>> cards;

    SelectionBar(Supplier<List<AnswerCard>> cards, Consumer<List<Long>> answer) {
        this.cards = cards;
        addClassName("answer-selection");
        selectedCount.getElement().setAttribute("aria-live", "polite");
        selectPage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectPage.addClassName("select-page");
        selectPage.addClickListener(e -> toggleSelectPage());
        answerSelected.addClassName("answer-selected");
        answerSelected.addClickListener(e -> {
            List<Long> ids = selected().stream().map(c -> c.item().commentId()).toList();
            if (!ids.isEmpty()) {
                answer.accept(ids);
            }
        });
        add(selectedCount, selectPage, answerSelected);
    }

    /** Says what is selected now; nothing can be selected once the answers are final. */
    void refresh(boolean open) {
        int selected = selected().size();
        int all = cards.get().size();
        selectedCount.setText(getTranslation("feedback.answers.selected", selected));
        selectPage.setText(getTranslation(all > 0 && selected == all
                ? "feedback.answers.select-none" : "feedback.answers.select-page"));
        selectPage.setEnabled(open && all > 0);
        answerSelected.setText(getTranslation("feedback.answers.answer-selected", selected));
        answerSelected.setEnabled(open && selected > 0);
    }

    private List<AnswerCard> selected() {
        return cards.get().stream().filter(AnswerCard::isSelected).toList();
    }

    private void toggleSelectPage() {
        boolean all = cards.get().stream().allMatch(AnswerCard::isSelected);
        cards.get().forEach(c -> c.setSelected(!all));
    }
}
