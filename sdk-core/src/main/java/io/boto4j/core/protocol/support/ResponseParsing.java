package io.boto4j.core.protocol.support;

import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.ResponseParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How the codecs report a response they cannot read. The readers fail with whatever the JDK or
 * Jackson throws for bad data (a {@code NumberFormatException}, a {@code DateTimeException},
 * a Jackson parse error); here those become one {@link ResponseParseException} naming the
 * operation and the status, with a bounded excerpt of the cause. Failures that do not come
 * from the data (a {@code NullPointerException}, say) are bugs and pass through unchanged.
 */
public final class ResponseParsing {
    /** How much of a cause's message a message quotes. */
    static final int EXCERPT_LENGTH = 300;
    /** How much of an offending value a message quotes. */
    static final int QUOTE_LENGTH = 40;

    private ResponseParsing() {
    }

    /**
     * Whether {@code failure}, thrown while reading a response, says that the response was not
     * what the model describes (rather than that the reader has a bug).
     *
     * @param failure what the reader threw
     * @return true for {@link ResponseParseException}, {@link IllegalArgumentException} (number
     *         formats included), {@link DateTimeException}, {@link ArithmeticException} and I/O
     *         exceptions, checked or unchecked
     */
    public static boolean isInputProblem(Throwable failure) {
        return failure instanceof ResponseParseException
                || failure instanceof IllegalArgumentException // NumberFormatException, bad base64, wrong JSON type
                || failure instanceof DateTimeException
                || failure instanceof ArithmeticException
                || failure instanceof UncheckedIOException
                || failure instanceof IOException; // Jackson's, some thrown unchecked by its tree nodes
    }

    /**
     * The modeled fields of an error response, or none when they cannot be read: the code and the
     * status still tell the caller (and the retry policy) what happened.
     *
     * @param read reads the fields
     * @return what {@code read} returns, or an empty map when it failed on the data
     */
    public static Map<String, Object> errorFields(Supplier<Map<String, Object>> read) {
        try {
            return read.get();
        } catch (Exception e) {
            if (isInputProblem(e)) {
                return Map.of();
            }
            throw (RuntimeException) e; // a bug, not the response: only unchecked failures get here
        }
    }

    /**
     * The exception a caller sees for a response of {@code operation} that cannot be read.
     *
     * @param operation the operation called
     * @param response  the response that could not be read
     * @param cause     what the reader threw, kept as the cause
     * @return the exception, its message naming the operation, the status and an excerpt of the cause
     */
    public static ResponseParseException unreadable(OperationModel operation, SdkHttpResponse response,
                                                    Throwable cause) {
        return new ResponseParseException(operation.service().serviceName() + "." + operation.name()
                + ": cannot read the response (HTTP " + response.statusCode() + "): " + describe(cause), cause);
    }

    /**
     * A cause's message, cut to a length fit for an exception message.
     *
     * @param cause the failure
     * @return the first line of its message, at most {@value #EXCERPT_LENGTH} characters and a
     *         note of the full length; the class's simple name when there is no message
     */
    public static String describe(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        // Jackson appends the source location on further lines: the first line says what is wrong.
        int newline = message.indexOf('\n');
        return excerpt(newline < 0 ? message : message.substring(0, newline));
    }

    /**
     * {@code text} as it may appear in a message: at most {@value #EXCERPT_LENGTH} characters.
     *
     * @param text the text, not null
     * @return {@code text}, or its start and a note of its full length
     */
    public static String excerpt(String text) {
        return cut(text, EXCERPT_LENGTH);
    }

    /**
     * An offending value as a message quotes it: at most {@value #QUOTE_LENGTH} characters.
     *
     * @param value the value, not null
     * @return {@code value}, or its start and a note of its full length
     */
    public static String quote(String value) {
        return cut(value, QUOTE_LENGTH);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "... (" + text.length() + " characters)";
    }
}
