package vn.gopy.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one submitted form, so that all of them are reported together and nothing
 * is saved while any remains. Message keys live in the {@code common} bundle unless a module passes its own.
 */
public final class InputCheck {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A required text: present, within {@code maxLength} characters, with no forbidden characters. */
    public InputCheck requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "common.error.required"));
            return this;
        }
        return optionalText(field, value, maxLength);
    }

    /** An optional text: if present, within {@code maxLength} characters and with no forbidden characters. */
    public InputCheck optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return this;
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            problems.add(FieldProblem.of(field, "common.error.too-long", maxLength, length));
        }
        PlainText.firstForbiddenCharacter(value).ifPresent(c -> problems.add(
                FieldProblem.of(field, "common.error.forbidden-character", String.format("U+%04X", c))));
        return this;
    }

    public InputCheck require(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            problems.add(FieldProblem.of(field, messageKey, arguments));
        }
        return this;
    }

    public InputCheck add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    public boolean hasProblemWith(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Throws {@link InvalidInputException} with every problem found, if there is any. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
