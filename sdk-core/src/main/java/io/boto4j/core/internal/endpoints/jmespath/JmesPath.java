package io.boto4j.core.internal.endpoints.jmespath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compiled path of the supported JMESPath subset (see the package documentation).
 * Compiled paths are immutable; {@link #compile} memoizes them, since the same few paths of
 * a service model are used on every call.
 */
public final class JmesPath {
    private static final Map<String, JmesPath> COMPILED = new ConcurrentHashMap<>();

    private final String expression;
    private final Node root;

    private JmesPath(String expression, Node root) {
        this.expression = expression;
        this.root = root;
    }

    public static JmesPath compile(String expression) {
        JmesPath cached = COMPILED.get(expression);
        if (cached == null) {
            cached = new JmesPath(expression, new Parser(expression).parse());
            COMPILED.putIfAbsent(expression, cached);
        }
        return cached;
    }

    /** Evaluates over plain Java values; null when the path selects nothing. */
    public Object search(Object value) {
        return root.search(value);
    }

    @Override
    public String toString() {
        return expression;
    }

    /** Recursive descent with JMESPath's rule that {@code []} closes an open projection. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Node parse() {
            Node node = expression();
            skipSpace();
            if (pos < text.length()) {
                throw unsupported("unexpected '" + text.charAt(pos) + "'");
            }
            return node;
        }

        private Node expression() {
            return chain(primary(), false);
        }

        /**
         * Postfix operators after {@code left}. Inside a projection's right-hand side,
         * {@code []} is left to the enclosing level (it flattens the whole projection).
         */
        private Node chain(Node left, boolean inProjection) {
            while (true) {
                skipSpace();
                if (accept(".")) {
                    left = new Node.Sub(left, dotRightHandSide());
                } else if (lookingAt("[*]")) {
                    pos += 3;
                    left = new Node.Projection(left, chain(new Node.Current(), true));
                } else if (lookingAt("[]")) {
                    if (inProjection) {
                        return left;
                    }
                    pos += 2;
                    left = new Node.Projection(new Node.Flatten(left), chain(new Node.Current(), true));
                } else if (lookingAt("[")) {
                    throw unsupported("only [*], [] and multi-select lists are supported");
                } else {
                    return left;
                }
            }
        }

        private Node dotRightHandSide() {
            skipSpace();
            if (lookingAt("[")) {
                return multiSelectList();
            }
            return identifier();
        }

        private Node primary() {
            skipSpace();
            if (accept("@")) {
                return new Node.Current();
            }
            if (lookingAt("[") && !lookingAt("[]") && !lookingAt("[*]")) {
                return multiSelectList();
            }
            Node.Field field = identifier();
            skipSpace();
            if (accept("(")) {
                if (!field.name().equals("keys")) {
                    throw unsupported("function " + field.name() + "() is not supported (only keys())");
                }
                Node argument = expression();
                skipSpace();
                expect(")");
                return new Node.Keys(argument);
            }
            return field;
        }

        private Node multiSelectList() {
            expect("[");
            List<Node> elements = new ArrayList<>();
            do {
                elements.add(expression());
                skipSpace();
            } while (accept(","));
            expect("]");
            return new Node.MultiSelectList(List.copyOf(elements));
        }

        private Node.Field identifier() {
            skipSpace();
            if (accept("\"")) {
                int end = text.indexOf('"', pos);
                if (end < 0) {
                    throw unsupported("unterminated quoted identifier");
                }
                String name = text.substring(pos, end);
                if (name.indexOf('\\') >= 0) {
                    throw unsupported("escapes in quoted identifiers are not supported");
                }
                pos = end + 1;
                return new Node.Field(name);
            }
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                if (pos == start && Character.isDigit(text.charAt(pos))) {
                    break;
                }
                pos++;
            }
            if (start == pos) {
                throw unsupported(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'" : "unexpected end");
            }
            return new Node.Field(text.substring(start, pos));
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private boolean lookingAt(String token) {
            return text.startsWith(token, pos);
        }

        private boolean accept(String token) {
            if (lookingAt(token)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        private void expect(String token) {
            skipSpace();
            if (!accept(token)) {
                throw unsupported("expected '" + token + "'");
            }
        }

        private JmesPathException unsupported(String what) {
            return new JmesPathException("Unsupported JMESPath '" + text + "' at position " + pos + ": " + what
                    + " (supported: fields, a.b, a[*], a[], [a, b], keys(a))");
        }
    }
}
