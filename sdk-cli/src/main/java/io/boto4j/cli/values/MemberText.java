package io.boto4j.cli.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.cli.args.UsageException;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.util.Base64;
import java.util.Locale;

/**
 * A top-level member's value from text as typed on the command line ({@code --max-keys 10}),
 * or named by a {@code file://}/{@code fileb://} value: scalars are parsed by the member's type,
 * lists, structures and maps are JSON, blobs base64 (or a file's bytes), a streaming body a file.
 */
final class MemberText {
    private MemberText() {
    }

    /**
     * The member's value, or null after recording a problem.
     *
     * @param label what the user typed it as, for messages: {@code --max-keys}, or {@code --params: MaxKeys}
     */
    static Object value(String label, Member member, String text, ValueFiles files, InputProblems problems) {
        Shape shape = member.shape();
        String path = member.name();
        try {
            if (member.isStreaming() || shape.isStreaming()) {
                // A body streamed from its file, as the AWS CLI's s3api --body takes a path.
                return files.readableFile(text, label);
            }
            if (ValueFiles.isBytes(text)) {
                if (shape.type() == ShapeType.BLOB) {
                    return files.bytes(text, label);
                }
                problems.add(path, label + ": " + ValueFiles.BYTES + " gives bytes, for blob members; " + member.name()
                        + " (" + ModelTerms.modelType(shape) + ") takes text: use " + ValueFiles.TEXT + "PATH for a"
                        + " file's text");
                return null;
            }
            String value = ValueFiles.isText(text) ? files.text(text, label) : text;
            return parse(label, member, value, files, problems);
        } catch (UsageException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }

    private static Object parse(String label, Member member, String text, ValueFiles files, InputProblems problems) {
        Shape shape = member.shape();
        String path = member.name();
        try {
            if (shape.isDocument()) {
                return InputValues.convert(json(label, member, text), member, path, files, problems);
            }
            return switch (shape.type()) {
                case STRING -> text;
                case BOOLEAN -> bool(text);
                case BYTE, SHORT, INTEGER -> Integer.valueOf(text.trim());
                case LONG -> Long.valueOf(text.trim());
                case BIGINTEGER -> new BigInteger(text.trim());
                case FLOAT -> Float.valueOf(finite(text));
                case DOUBLE -> Double.valueOf(finite(text));
                case BIGDECIMAL -> new BigDecimal(text.trim());
                case TIMESTAMP -> TimestampText.parse(text);
                case BLOB -> Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
                case LIST, STRUCTURE, MAP -> InputValues.convert(json(label, member, text), member, path, files,
                        problems);
            };
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            // NumberFormatException and base64's errors are IllegalArgumentExceptions too.
            problems.add(path, ModelTerms.mismatch(label, member.name(), shape, ModelTerms.notText(text, shape)));
            return null;
        }
    }

    private static JsonNode json(String label, Member member, String text) {
        return CliJson.read(text, ModelTerms.mismatch(label, member.name(), member.shape(), "but this is not valid JSON: "));
    }

    private static Boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    /** The text of a finite number: NaN and Infinity parse as doubles but are not values a service takes. */
    private static String finite(String text) {
        String t = text.trim();
        double d = Double.parseDouble(t);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a finite number");
        }
        return t;
    }
}
