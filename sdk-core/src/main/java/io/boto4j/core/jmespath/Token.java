package io.boto4j.core.jmespath;

/** One lexical token; {@code value} holds the decoded identifier, number or literal. */
record Token(TokenType type, Object value, int position) {

    enum TokenType {
        EOF(0), UNQUOTED_IDENTIFIER(0), QUOTED_IDENTIFIER(0), LITERAL(0), RBRACKET(0), RPAREN(0),
        COMMA(0), RBRACE(0), NUMBER(0), CURRENT(0), EXPREF(0), COLON(0),
        PIPE(1), OR(2), AND(3),
        EQ(5), GT(5), LT(5), GTE(5), LTE(5), NE(5),
        FLATTEN(9), STAR(20), FILTER(21), DOT(40), NOT(45), LBRACE(50), LBRACKET(55), LPAREN(60);

        /** Pratt binding power: how strongly the token binds to the expression on its left. */
        final int bindingPower;

        TokenType(int bindingPower) {
            this.bindingPower = bindingPower;
        }
    }
}
