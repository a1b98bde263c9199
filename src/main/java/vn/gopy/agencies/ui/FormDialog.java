package vn.gopy.agencies.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import vn.gopy.common.InvalidInputException;
import vn.gopy.shell.FieldErrors;

/**
 * A dialog around one administration form: Enter saves, Escape cancels, the service's verdict appears next
 * to the fields it concerns, and a problem that no field can show appears above the form.
 */
abstract class FormDialog extends Dialog {

    protected final FormLayout form = new FormLayout();
    protected final Button save = new Button();
    private final Paragraph problems = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FormDialog() {
        addClassName("admin-dialog");
        // A stray click outside must not throw away what was typed; Escape and Cancel still close.
        setCloseOnOutsideClick(false);
        problems.addClassName("form-problems");
        problems.setVisible(false);
        problems.getElement().setAttribute("role", "alert");
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        add(problems, form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        save.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    /** Reads the form and calls the service, through {@link #attempt}. */
    protected abstract void submit();

    /** Names a field as the service names it, so that its problems appear next to it. */
    protected <F extends HasValidation> F field(String name, F field) {
        fields.put(name, field);
        return field;
    }

    /** Runs one call to a service; closes the dialog when it succeeds, shows the refusals when it does not. */
    protected final void attempt(Runnable call) {
        try {
            call.run();
            close();
        } catch (InvalidInputException e) {
            showProblems(e);
        }
    }

    protected final void showProblems(InvalidInputException e) {
        List<String> unplaced = FieldErrors.show(this, e, fields);
        problems.setText(String.join(" ", unplaced));
        problems.setVisible(!unplaced.isEmpty());
        // Keyboard users land on the first field to correct.
        fields.values().stream().filter(HasValidation::isInvalid).findFirst()
                .filter(Focusable.class::isInstance).map(Focusable.class::cast).ifPresent(Focusable::focus);
    }

    protected final void showProblemOn(String field, String message) {
        HasValidation f = fields.get(field);
        f.setErrorMessage(message);
        f.setInvalid(true);
        if (f instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    protected final void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
        problems.setVisible(false);
    }
}
