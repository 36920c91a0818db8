package io.boto4j.core.internal.json;

import java.math.BigDecimal;

/**
 * A float as Python writes it ({@code repr} and {@code str} agree since Python 3.2), which is
 * how botocore puts floats in query bodies, URIs, headers and XML: the shortest digits that read
 * back to the same value, positional for decimal exponents -4..15 ({@code 0.0001},
 * {@code 1e+16}), a {@code .0} on integral values, NaN and infinities by name.
 */
public final class PythonFloat {
    private PythonFloat() {
    }

    /**
     * The repr of {@code value}. A {@link Float} keeps its own shortest digits ({@code 0.1f} is
     * {@code 0.1}, as the Python caller's {@code 0.1} would be), not its double expansion.
     *
     * @param value the number, usually a {@link Double} or {@link Float}; other numbers are taken as their double value
     * @return the text Python's {@code repr} gives for the same float, e.g. {@code 1.0}, {@code 1e+16}, {@code NaN}
     */
    public static String repr(Number value) {
        double d = value.doubleValue();
        if (Double.isNaN(d)) {
            return "NaN";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        } else if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        String shortest = value instanceof Float f ? Float.toString(Math.abs(f)) : Double.toString(Math.abs(d));
        BigDecimal exact = new BigDecimal(shortest).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - exact.scale() - 1;
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (exponent >= -4 && exponent < 16) {
            if (exponent < 0) {
                out.append("0.").append("0".repeat(-exponent - 1)).append(digits);
            } else if (digits.length() <= exponent + 1) {
                out.append(digits).append("0".repeat(exponent + 1 - digits.length())).append(".0");
            } else {
                out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int abs = Math.abs(exponent);
            out.append('e').append(exponent < 0 ? '-' : '+').append(abs < 10 ? "0" : "").append(abs);
        }
        return out.toString();
    }
}
