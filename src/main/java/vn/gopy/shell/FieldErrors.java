package vn.gopy.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import vn.gopy.common.FieldProblem;
import vn.gopy.common.InvalidInputException;

/** Shows a service's verdict on a form next to the fields it concerns, in the reader's language. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Marks every field named by a problem as invalid with its message, and returns the messages of the
     * problems that no field on the form can show (for a notice above the form).
     */
    public static List<String> show(Component context, InvalidInputException error,
            Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : error.problems()) {
            String message = message(context, problem);
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                unplaced.add(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        return unplaced;
    }

    public static String message(Component context, FieldProblem problem) {
        return context.getTranslation(problem.messageKey(), problem.arguments().toArray());
    }
}
