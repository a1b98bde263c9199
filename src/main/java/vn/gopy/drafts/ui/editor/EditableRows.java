package vn.gopy.drafts.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A short list that the drafter edits in place (costs and benefits, procedures): one small form per row,
 * a button to add a row and one to remove each. The service's verdict on the list shows under it.
 */
class EditableRows<T> extends Div implements HasValidation {

    /** One row's form; it reports edits so that the page knows about unsaved changes. */
    abstract static class Row<T> extends Div {
        private Runnable onChange = () -> { };
        private Runnable onRemove = () -> { };

        abstract T value();

        /** The field that takes the focus when the row is added. */
        abstract void focusFirstField();

        void changed() {
            onChange.run();
        }

        Button removeButton(String label) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> onRemove.run());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(label);
            remove.setTooltipText(label);
            remove.addClassName("row-remove");
            return remove;
        }
    }

    private final Function<T, Row<T>> rowFactory;
    private final Div rows = new Div();
    private final Paragraph empty;
    private final Paragraph error = new Paragraph();
    private final Button add;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private String errorMessage = "";

    EditableRows(String heading, String emptyText, String addLabel, Function<T, Row<T>> rowFactory) {
        this.rowFactory = rowFactory;
        addClassName("editable-rows");
        rows.addClassName("rows");
        empty = new Paragraph(emptyText);
        empty.addClassName("muted");
        error.addClassName("rows-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow(null).focusFirstField());
        add.addClassName("rows-add");
        add(new H3(heading), empty, rows, error, add);
    }

    List<T> value() {
        return rows.getChildren().map(c -> ((Row<?>) c).value()).map(this::cast).toList();
    }

    void setValue(List<T> values) {
        rows.removeAll();
        values.forEach(this::addRow);
        showEmpty();
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private Row<T> addRow(T value) {
        Row<T> row = rowFactory.apply(value);
        row.addClassName("editable-row");
        row.onChange = this::changed;
        row.onRemove = () -> {
            rows.remove(row);
            showEmpty();
            changed();
            add.focus();
        };
        rows.add(row);
        showEmpty();
        if (value == null) {
            changed();
        }
        return row;
    }

    private void showEmpty() {
        empty.setVisible(rows.getComponentCount() == 0);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    @SuppressWarnings("unchecked")
    private T cast(Object value) {
        return (T) value;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        error.setText(this.errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        getElement().setAttribute("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
