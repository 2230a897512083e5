package news.kathan.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Validates a mutation's input with Bean Validation at the moment the mutation chooses: after the caller is known
 * and has budget left, so that a request without a key is UNAUTHORIZED whatever it carries, and before anything
 * is read or written.
 */
@Component
public class InputValidation {

    private final Validator validator;

    InputValidation(Validator validator) {
        this.validator = validator;
    }

    /** Refuses the value of the named argument when it breaks any of its constraints. */
    public void check(String argument, Object value) {
        List<InvalidInputException.Violation> violations = validator.validate(value).stream()
                .map(violation -> new InvalidInputException.Violation(field(argument, violation),
                        violation.getMessage()))
                .sorted(Comparator.comparing(InvalidInputException.Violation::field))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String field(String argument, ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.isEmpty() ? argument : argument + "." + path;
    }
}
