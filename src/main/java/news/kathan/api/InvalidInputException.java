package news.kathan.api;

import java.util.List;

/**
 * An input that breaks one or more rules; answered as one GraphQL error per broken rule, each with code
 * INVALID_INPUT, the field as the client wrote it ({@code input.span.end}) and the reason.
 */
public class InvalidInputException extends RuntimeException {

    /** One broken rule: the field's path and why its value is refused. */
    public record Violation(String field, String reason) {
    }

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.reason()).reduce((a, b) -> a + "; " + b)
                .orElse("Invalid input"));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String reason) {
        return new InvalidInputException(List.of(new Violation(field, reason)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
