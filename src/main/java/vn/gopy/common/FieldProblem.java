package vn.gopy.common;

import java.util.List;

/**
 * One thing wrong with submitted input: which field, and a message key the UI translates.
 * Arguments fill the message's placeholders ({0}, {1}, ...).
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
