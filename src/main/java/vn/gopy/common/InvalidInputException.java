package vn.gopy.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was rejected and nothing was changed. Carries every problem found, so a form can mark all the
 * fields at once instead of one per attempt.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).collect(Collectors.joining(", ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(FieldProblem problem) {
        this(List.of(problem));
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(FieldProblem.of(field, messageKey, arguments));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
