package vn.gopy.feedback.ui.export;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import vn.gopy.comments.CommentState;
import vn.gopy.comments.CommenterKind;
import vn.gopy.feedback.ExportFilter;
import vn.gopy.feedback.Outcome;
import vn.gopy.taxonomies.Term;

/**
 * The export's filters: state, who commented, province, answer, and the days the comments were sent. Unconfirmed
 * comments are never exported, so "every state" means every confirmed comment and is not offered as a state.
 */
class ExportFilters extends HorizontalLayout {

    /** The answer filter's choice for comments not answered yet; the others are outcomes' names. */
    static final String UNANSWERED = "UNANSWERED";

    private final Select<CommentState> state = new Select<>();
    private final Select<CommenterKind> kind = new Select<>();
    private final ComboBox<Term> province = new ComboBox<>();
    private final Select<String> answer = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    ExportFilters(List<Term> provinces, Runnable changed) {
        addClassName("export-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getElement().setAttribute("role", "search");
        String any = getTranslation("feedback.export.filter.any");
        state.setLabel(getTranslation("feedback.export.filter.state"));
        state.setItems(CommentState.AWAITING_MODERATION, CommentState.PUBLISHED, CommentState.NOT_PUBLISHED);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("feedback.export.filter.any-confirmed"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("feedback.export.filter.any-confirmed")
                : getTranslation("comments.state." + s.name()));
        kind.setLabel(getTranslation("feedback.export.filter.kind"));
        kind.setItems(CommenterKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(any);
        kind.setItemLabelGenerator(k -> k == null ? any : getTranslation("comments.kind." + k.name()));
        province.setLabel(getTranslation("feedback.export.filter.province"));
        province.setItems(provinces);
        province.setItemLabelGenerator(t -> t.name(getLocale()));
        province.setPlaceholder(any);
        province.setClearButtonVisible(true);
        answer.setLabel(getTranslation("feedback.export.filter.answer"));
        List<String> answers = new ArrayList<>(List.of(UNANSWERED));
        for (Outcome outcome : Outcome.values()) {
            answers.add(outcome.name());
        }
        answer.setItems(answers);
        answer.setEmptySelectionAllowed(true);
        answer.setEmptySelectionCaption(any);
        answer.setItemLabelGenerator(a -> a == null ? any : UNANSWERED.equals(a)
                ? getTranslation("feedback.export.filter.unanswered") : getTranslation("feedback.export.outcome." + a));
        from.setLabel(getTranslation("feedback.export.filter.from"));
        to.setLabel(getTranslation("feedback.export.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(getLocale());
            picker.setI18n(ExportDates.pickerI18n(getLocale()));
            picker.setClearButtonVisible(true);
            picker.addValueChangeListener(e -> changed.run());
        }
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        state.addValueChangeListener(e -> changed.run());
        kind.addValueChangeListener(e -> changed.run());
        province.addValueChangeListener(e -> changed.run());
        answer.addValueChangeListener(e -> changed.run());
        add(state, kind, province, answer, from, to);
    }

    /** The filter for the scope, or null while the period ends before it starts. */
    ExportFilter filter(Long draftId, Long agencyId) {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            return null;
        }
        String chosen = answer.getValue();
        Outcome outcome = chosen == null || UNANSWERED.equals(chosen) ? null : Outcome.valueOf(chosen);
        return new ExportFilter(draftId, agencyId, state.getValue(), kind.getValue(),
                province.getValue() == null ? null : province.getValue().code(), outcome, UNANSWERED.equals(chosen),
                from.getValue(), to.getValue());
    }
}
