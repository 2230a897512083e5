package news.kathan.partner;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that is valid Unicode for an article: no unpaired surrogates (what invalid UTF-8 or a bad \\uD800 escape
 * leaves behind), no control characters but tab and line breaks, and no noncharacters.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CleanText.Validator.class)
@interface CleanText {

    String message() default "must be valid Unicode text without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CleanText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                    continue;
                }
                if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || c == '\uFFFD'
                        || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                        || c >= '\uFDD0' && c <= '\uFDEF') {
                    return false;
                }
            }
            return true;
        }
    }
}
