package io.boto4j.core.jmespath;

import io.boto4j.core.JmesPathException;
import io.boto4j.core.JmesPathException.Kind;
import io.boto4j.core.jmespath.Token.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Top-down operator precedence (Pratt) parser with the binding powers of jmespath.py, so that
 * precedence and the end of projections ({@code |}, comparisons, {@code ||}, {@code &&} and
 * {@code []} stop a projection; {@code .}, {@code [} and filters continue it) match the reference.
 * Functions are resolved and their arity checked here, at compile time.
 */
final class Parser {
    /** Tokens binding more weakly than this end a projection's right-hand side. */
    private static final int PROJECTION_STOP = 10;

    private final String text;
    private final List<Token> tokens;
    private int index;

    private Parser(String text) {
        this.text = text;
        this.tokens = Lexer.tokenize(text);
    }

    static Node parse(String expression) {
        Parser parser = new Parser(expression);
        Node node = parser.expression(0);
        if (parser.current() != TokenType.EOF) {
            throw parser.error(parser.token(), "unexpected token '" + parser.token().value() + "'");
        }
        return node;
    }

    private Node expression(int bindingPower) {
        Token token = token();
        index++;
        Node left = nud(token);
        while (bindingPower < current().bindingPower) {
            Token next = token();
            index++;
            left = led(next, left);
        }
        return left;
    }

    /** A token at the start of an expression. */
    private Node nud(Token token) {
        switch (token.type()) {
            case LITERAL:
                return new Node.Literal(token.value());
            case UNQUOTED_IDENTIFIER:
                return new Node.Field((String) token.value());
            case QUOTED_IDENTIFIER:
                if (current() == TokenType.LPAREN) {
                    throw error(token(), "quoted identifiers cannot name functions");
                }
                return new Node.Field((String) token.value());
            case STAR: {
                Node right = current() == TokenType.RBRACKET
                        ? new Node.Current() : projectionRhs(TokenType.STAR.bindingPower);
                return new Node.ValueProjection(new Node.Current(), right);
            }
            case FILTER:
                return filter(new Node.Current());
            case LBRACE:
                return multiSelectHash();
            case LPAREN: {
                Node inner = expression(0);
                match(TokenType.RPAREN);
                return inner;
            }
            case FLATTEN:
                return new Node.ListProjection(new Node.Flatten(new Node.Current()),
                        projectionRhs(TokenType.FLATTEN.bindingPower));
            case NOT:
                return new Node.Not(expression(TokenType.NOT.bindingPower));
            case LBRACKET:
                if (current() == TokenType.NUMBER || current() == TokenType.COLON) {
                    return indexOrSlice(new Node.Current());
                }
                if (current() == TokenType.STAR && lookahead(1) == TokenType.RBRACKET) {
                    index += 2;
                    return new Node.ListProjection(new Node.Current(), projectionRhs(TokenType.STAR.bindingPower));
                }
                return multiSelectList();
            case CURRENT:
                return new Node.Current();
            case EXPREF:
                return new Node.ExpressionReference(expression(TokenType.EXPREF.bindingPower));
            case EOF:
                throw error(token, "incomplete expression");
            default:
                throw error(token, "unexpected token '" + token.value() + "'");
        }
    }

    /** A token that continues the expression {@code left}. */
    private Node led(Token token, Node left) {
        switch (token.type()) {
            case DOT:
                if (current() == TokenType.STAR) {
                    index++;
                    return new Node.ValueProjection(left, projectionRhs(TokenType.DOT.bindingPower));
                }
                return new Node.Chain(left, dotRhs(TokenType.DOT.bindingPower));
            case PIPE:
                return new Node.Chain(left, expression(TokenType.PIPE.bindingPower));
            case OR:
                return new Node.Or(left, expression(TokenType.OR.bindingPower));
            case AND:
                return new Node.And(left, expression(TokenType.AND.bindingPower));
            case LPAREN:
                return functionCall(token, left);
            case FILTER:
                return filter(left);
            case EQ:
                return comparison(Node.Operator.EQ, left, token);
            case NE:
                return comparison(Node.Operator.NE, left, token);
            case LT:
                return comparison(Node.Operator.LT, left, token);
            case LTE:
                return comparison(Node.Operator.LTE, left, token);
            case GT:
                return comparison(Node.Operator.GT, left, token);
            case GTE:
                return comparison(Node.Operator.GTE, left, token);
            case FLATTEN:
                return new Node.ListProjection(new Node.Flatten(left), projectionRhs(TokenType.FLATTEN.bindingPower));
            case LBRACKET:
                if (current() == TokenType.NUMBER || current() == TokenType.COLON) {
                    return indexOrSlice(left);
                }
                match(TokenType.STAR);
                match(TokenType.RBRACKET);
                return new Node.ListProjection(left, projectionRhs(TokenType.STAR.bindingPower));
            default:
                throw error(token, "unexpected token '" + token.value() + "'");
        }
    }

    private Node comparison(Node.Operator operator, Node left, Token token) {
        return new Node.Comparison(operator, left, expression(token.type().bindingPower));
    }

    private Node functionCall(Token lparen, Node left) {
        if (!(left instanceof Node.Field field)) {
            throw error(lparen, "only a name can be called as a function");
        }
        List<Node> args = new ArrayList<>();
        if (current() != TokenType.RPAREN) {
            args.add(expression(0));
            while (current() == TokenType.COMMA) {
                index++;
                args.add(expression(0));
            }
        }
        match(TokenType.RPAREN);
        Functions.BuiltIn function = Functions.lookup(field.name());
        function.checkArity(args.size());
        return new Node.FunctionCall(function, List.copyOf(args));
    }

    private Node filter(Node left) {
        Node condition = expression(0);
        match(TokenType.RBRACKET);
        Node right = current() == TokenType.FLATTEN
                ? new Node.Current() : projectionRhs(TokenType.FILTER.bindingPower);
        return new Node.FilterProjection(left, condition, right);
    }

    /**
     * After {@code [} and a number or colon: an index, or a slice, which projects. As in
     * jmespath.py, brackets straight after an index ({@code a[0][1:3]}) only extend that index
     * expression: such a slice does not start a projection.
     */
    private Node indexOrSlice(Node left) {
        Node right;
        if (current() == TokenType.COLON || lookahead(1) == TokenType.COLON) {
            right = slice();
        } else {
            right = new Node.Index((Integer) token().value());
            index++;
            match(TokenType.RBRACKET);
        }
        Node.IndexExpression indexed = new Node.IndexExpression(left, right);
        if (right instanceof Node.Slice && !(left instanceof Node.IndexExpression)) {
            return new Node.ListProjection(indexed, projectionRhs(TokenType.STAR.bindingPower));
        }
        return indexed;
    }

    private Node slice() {
        Integer[] parts = new Integer[3];
        int part = 0;
        while (current() != TokenType.RBRACKET) {
            if (current() == TokenType.COLON) {
                part++;
                if (part == 3) {
                    throw error(token(), "too many colons in slice");
                }
                index++;
            } else if (current() == TokenType.NUMBER && parts[part] == null) {
                parts[part] = (Integer) token().value();
                index++;
            } else {
                throw error(token(), "unexpected token '" + token().value() + "' in slice");
            }
        }
        match(TokenType.RBRACKET);
        return new Node.Slice(parts[0], parts[1], parts[2]);
    }

    /** What follows a projection: nothing (stops), {@code [..]}, a filter, or {@code .rhs}. */
    private Node projectionRhs(int bindingPower) {
        TokenType t = current();
        if (t.bindingPower < PROJECTION_STOP) {
            return new Node.Current();
        } else if (t == TokenType.LBRACKET || t == TokenType.FILTER) {
            return expression(bindingPower);
        } else if (t == TokenType.DOT) {
            index++;
            return dotRhs(bindingPower);
        }
        throw error(token(), "unexpected token '" + token().value() + "' after a projection");
    }

    private Node dotRhs(int bindingPower) {
        TokenType t = current();
        if (t == TokenType.QUOTED_IDENTIFIER || t == TokenType.UNQUOTED_IDENTIFIER || t == TokenType.STAR) {
            return expression(bindingPower);
        } else if (t == TokenType.LBRACKET) {
            index++;
            return multiSelectList();
        } else if (t == TokenType.LBRACE) {
            index++;
            return multiSelectHash();
        }
        throw error(token(), "expected an identifier, '[' or '{' after '.'");
    }

    private Node multiSelectList() {
        List<Node> elements = new ArrayList<>();
        elements.add(expression(0));
        while (current() != TokenType.RBRACKET) {
            match(TokenType.COMMA);
            elements.add(expression(0));
        }
        index++;
        return new Node.MultiSelectList(List.copyOf(elements));
    }

    private Node multiSelectHash() {
        List<String> keys = new ArrayList<>();
        List<Node> values = new ArrayList<>();
        while (true) {
            Token key = token();
            if (key.type() != TokenType.QUOTED_IDENTIFIER && key.type() != TokenType.UNQUOTED_IDENTIFIER) {
                throw error(key, "expected a key name in a multi-select hash");
            }
            index++;
            match(TokenType.COLON);
            keys.add((String) key.value());
            values.add(expression(0));
            if (current() == TokenType.RBRACE) {
                index++;
                break;
            }
            match(TokenType.COMMA);
        }
        return new Node.MultiSelectHash(List.copyOf(keys), List.copyOf(values));
    }

    private void match(TokenType type) {
        if (current() != type) {
            throw error(token(), current() == TokenType.EOF ? "incomplete expression"
                    : "expected " + type + ", got '" + token().value() + "'");
        }
        index++;
    }

    private Token token() {
        return tokens.get(index);
    }

    private TokenType current() {
        return tokens.get(index).type();
    }

    private TokenType lookahead(int n) {
        return tokens.get(Math.min(index + n, tokens.size() - 1)).type();
    }

    private JmesPathException error(Token at, String what) {
        return new JmesPathException(Kind.SYNTAX,
                "Invalid JMESPath '" + text + "' at position " + at.position() + ": " + what);
    }
}
