package news.kathan.api;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The {@code Date} scalar: an ISO-8601 calendar date ("2026-01-24"), parsed strictly, so "2026-02-30" is an error
 * and not quietly the 28th (java.time's default resolving, which the extended-scalars library uses, would adjust
 * it).
 */
final class DateScalar {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("An ISO-8601 calendar date, for example 2026-01-24.")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return ISO_DATE.format(date);
                    }
                    throw new CoercingSerializeException("Not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof String text) {
                        return parse(text, CoercingParseValueException::new);
                    }
                    throw new CoercingParseValueException("A Date is a string such as \"2026-01-24\"");
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                              Locale locale) {
                    if (input instanceof StringValue text) {
                        return parse(text.getValue(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException("A Date is a string such as \"2026-01-24\"");
                }
            })
            .build();

    /**
     * The {@code DateTime} scalar: an ISO-8601 instant with an offset ("2026-01-24T18:30:00Z",
     * "2026-01-25T00:00:00+05:30"). Values are written in UTC.
     */
    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An ISO-8601 date and time with an offset, for example 2026-01-24T18:30:00Z.")
            .coercing(new Coercing<java.time.OffsetDateTime, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof java.time.Instant instant) {
                        return DateTimeFormatter.ISO_INSTANT.format(instant);
                    }
                    if (value instanceof java.time.OffsetDateTime time) {
                        return DateTimeFormatter.ISO_INSTANT.format(time.toInstant());
                    }
                    throw new CoercingSerializeException("Not a date and time: " + value);
                }

                @Override
                public java.time.OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof String text) {
                        return parseDateTime(text, CoercingParseValueException::new);
                    }
                    throw new CoercingParseValueException("A DateTime is a string such as \"2026-01-24T18:30:00Z\"");
                }

                @Override
                public java.time.OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables,
                                                             GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue text) {
                        return parseDateTime(text.getValue(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException("A DateTime is a string such as \"2026-01-24T18:30:00Z\"");
                }
            })
            .build();

    private DateScalar() {
    }

    private static <E extends RuntimeException> java.time.OffsetDateTime parseDateTime(
            String text, java.util.function.Function<String, E> error) {
        try {
            return java.time.OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .withResolverStyle(ResolverStyle.STRICT).withChronology(java.time.chrono.IsoChronology.INSTANCE));
        } catch (DateTimeParseException e) {
            throw error.apply("Not a date and time with an offset (2026-01-24T18:30:00Z): \"" + text + "\"");
        }
    }

    private static <E extends RuntimeException> LocalDate parse(String text, java.util.function.Function<String, E> error) {
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw error.apply("Not a calendar date (YYYY-MM-DD): \"" + text + "\"");
        }
    }
}
