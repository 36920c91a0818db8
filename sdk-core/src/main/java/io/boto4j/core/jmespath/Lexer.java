package io.boto4j.core.jmespath;

import io.boto4j.core.JmesPathException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.JmesPathException.Kind;
import io.boto4j.core.jmespath.Token.TokenType;
import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens, decoding identifiers, numbers and literals on the way. */
final class Lexer {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String text;
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String expression) {
        if (expression.isEmpty()) {
            throw new JmesPathException(Kind.SYNTAX, "Invalid JMESPath: empty expression");
        }
        return new Lexer(expression).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int start = pos;
            switch (c) {
                case ' ', '\t', '\n', '\r' -> pos++;
                case '.' -> tokens.add(single(TokenType.DOT));
                case '*' -> tokens.add(single(TokenType.STAR));
                case ']' -> tokens.add(single(TokenType.RBRACKET));
                case ',' -> tokens.add(single(TokenType.COMMA));
                case ':' -> tokens.add(single(TokenType.COLON));
                case '@' -> tokens.add(single(TokenType.CURRENT));
                case '(' -> tokens.add(single(TokenType.LPAREN));
                case ')' -> tokens.add(single(TokenType.RPAREN));
                case '{' -> tokens.add(single(TokenType.LBRACE));
                case '}' -> tokens.add(single(TokenType.RBRACE));
                case '[' -> tokens.add(bracket());
                case '\'' -> tokens.add(new Token(TokenType.LITERAL, rawString(), start));
                case '`' -> tokens.add(new Token(TokenType.LITERAL, jsonLiteral(), start));
                case '"' -> tokens.add(new Token(TokenType.QUOTED_IDENTIFIER, quotedIdentifier(), start));
                case '|' -> tokens.add(oneOrTwo('|', TokenType.OR, TokenType.PIPE));
                case '&' -> tokens.add(oneOrTwo('&', TokenType.AND, TokenType.EXPREF));
                case '<' -> tokens.add(oneOrTwo('=', TokenType.LTE, TokenType.LT));
                case '>' -> tokens.add(oneOrTwo('=', TokenType.GTE, TokenType.GT));
                case '!' -> tokens.add(oneOrTwo('=', TokenType.NE, TokenType.NOT));
                case '=' -> {
                    if (!text.startsWith("==", pos)) {
                        throw error(start, "unknown token '='");
                    }
                    pos += 2;
                    tokens.add(new Token(TokenType.EQ, "==", start));
                }
                case '-' -> tokens.add(number());
                default -> {
                    if (isDigit(c)) {
                        tokens.add(number());
                    } else if (isIdentifierStart(c)) {
                        while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
                            pos++;
                        }
                        tokens.add(new Token(TokenType.UNQUOTED_IDENTIFIER, text.substring(start, pos), start));
                    } else {
                        throw error(start, "unknown token '" + c + "'");
                    }
                }
            }
        }
        tokens.add(new Token(TokenType.EOF, "", text.length()));
        return tokens;
    }

    private Token single(TokenType type) {
        return new Token(type, String.valueOf(text.charAt(pos)), pos++);
    }

    private Token oneOrTwo(char second, TokenType ifTwo, TokenType ifOne) {
        int start = pos++;
        if (pos < text.length() && text.charAt(pos) == second) {
            pos++;
            return new Token(ifTwo, text.substring(start, pos), start);
        }
        return new Token(ifOne, text.substring(start, pos), start);
    }

    /** {@code []} (flatten), {@code [?} (filter) or a plain {@code [}. */
    private Token bracket() {
        int start = pos++;
        if (text.startsWith("]", pos)) {
            pos++;
            return new Token(TokenType.FLATTEN, "[]", start);
        }
        if (text.startsWith("?", pos)) {
            pos++;
            return new Token(TokenType.FILTER, "[?", start);
        }
        return new Token(TokenType.LBRACKET, "[", start);
    }

    private Token number() {
        int start = pos++;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        String digits = text.substring(start, pos);
        if (digits.equals("-")) {
            throw error(start, "unknown token '-'");
        }
        int value;
        try {
            value = Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            // Beyond any list index: saturating keeps index and slice semantics (out of range).
            value = digits.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return new Token(TokenType.NUMBER, value, start);
    }

    /**
     * The text up to the closing delimiter. A backslash keeps itself and protects the next
     * character (so an escaped delimiter does not close); callers decode the escapes.
     */
    private String until(char delimiter) {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != delimiter) {
            if (text.charAt(pos) == '\\') {
                out.append('\\');
                pos++;
                if (pos >= text.length()) {
                    break;
                }
            }
            out.append(text.charAt(pos++));
        }
        if (pos >= text.length()) {
            throw error(start, "unclosed " + delimiter + " delimiter");
        }
        pos++;
        return out.toString();
    }

    /** {@code 'raw'}: only {@code \'} is an escape; other backslashes stay as they are. */
    private String rawString() {
        return until('\'').replace("\\'", "'");
    }

    /** {@code `json`}; as in jmespath.py, text that is not JSON is taken as a string (deprecated form). */
    private Object jsonLiteral() {
        int start = pos;
        String lexeme = until('`').replace("\\`", "`");
        try {
            return Values.immutableCopy(JSON.readValue(lexeme, Object.class));
        } catch (JsonProcessingException notJson) {
            try {
                return JSON.readValue("\"" + lexeme.stripLeading() + "\"", String.class);
            } catch (JsonProcessingException e) {
                throw error(start, "bad JSON literal `" + lexeme + "`");
            }
        }
    }

    /** {@code "name"}: decoded like a JSON string. */
    private String quotedIdentifier() {
        int start = pos;
        String lexeme = until('"');
        try {
            return JSON.readValue("\"" + lexeme + "\"", String.class);
        } catch (JsonProcessingException e) {
            throw error(start, "invalid quoted identifier \"" + lexeme + "\"");
        }
    }

    private JmesPathException error(int position, String what) {
        return new JmesPathException(Kind.SYNTAX,
                "Invalid JMESPath '" + text + "' at position " + position + ": " + what);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
