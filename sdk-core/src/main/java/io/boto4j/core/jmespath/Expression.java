package io.boto4j.core.jmespath;

import io.boto4j.core.JmesPathException;
import java.util.Objects;

/** A compiled JMESPath expression: immutable, thread-safe, reusable. */
public final class Expression {
    private final String text;
    private final Node root;

    Expression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /**
     * Evaluates over plain Java values (Map, List, String, Number, Boolean, null; other objects
     * such as {@code Instant} or {@code byte[]} are opaque scalars). Results share structure with
     * {@code data}; lists and maps built by the expression are new.
     *
     * @param data the value to search, typically an operation's output map; may be null
     * @return the result, null when the expression selects nothing
     * @throws JmesPathException on a type error (e.g. {@code length(`1`)}) or invalid value
     */
    public Object search(Object data) {
        return root.evaluate(data);
    }

    /**
     * The expression text as compiled.
     *
     * @return the text given to {@link JmesPath#compile}
     */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expression e && e.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
