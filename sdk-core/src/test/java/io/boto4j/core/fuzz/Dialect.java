package io.boto4j.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What the mutator knows about a body format: fragments that mean something to its parser
 * (the hostile ones above all), and how to nest a value one level deeper.
 */
public enum Dialect {
    JSON(List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "false", "-0", "0.0e0", "1e999999999",
            "-1e-999999999", "1E400", "NaN", "Infinity", "\"NaN\"", "\"-Infinity\"", "\"\\ud800\"", "\"\\u0000\"",
            "\"\\uDFFF\\uD800\"", "18446744073709551616", "-9223372036854775809", "9".repeat(1001),
            "\"" + "9".repeat(1001) + "\"", "\"1e-999999999\"", "\"1e999999999\"", "1.0e-2147483648", "\"abc\"",
            "{\"__type\":\"X\"}", "\"" + "x".repeat(5000) + "\"", "/*", "\\", "\"\\x\""),
            "[", "]"),
    XML(List.of("<a>", "</a>", "<", ">", "/>", "&amp;", "&e;", "&#0;", "&#x110000;", "&#xD800;", "<![CDATA[x]]>",
            "<![CDATA[", "<!DOCTYPE a [<!ENTITY e \"ee\">]>", "<!DOCTYPE a SYSTEM \"file:///etc/passwd\">",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?xml version=\"1.1\"?>", "<!-- x -->", "<?pi x?>",
            " xmlns:a=\"urn:x\"", " a:b=\"c\"", " xsi:type=\"x\"", "1e999999999", "-1e-999999999", "9".repeat(1001),
            "NaN", "true", "-", "2019-13-45T25:61:61Z", "Mon, 99 Foo 2019 99:99:99 GMT", "!!!notbase64",
            "x".repeat(5000), "<member>", "</member>", "<entry><key>k</key><value>v</value></entry>", "<item>"),
            "<a>", "</a>"),
    CBOR(hex("9f", "bf", "ff", "c1", "c24101", "c4823a7ffffffe01", "c4821a7ffffffe01", "c48221c249010000000000000000",
            "f97e00", "fb7ff8000000000000", "fbfff0000000000000", "7b7fffffffffffffff", "5a7fffffff", "60", "a10102",
            "d818", "f7", "f820", "1bffffffffffffffff", "3bffffffffffffffff", "7f6161ff", "5f4101ff", "c16161",
            "c1fb7ff0000000000000", "c11bffffffffffffffff", "c1c1c101", "61ff", "62c328", "80", "a0", "f6", "f5"),
            "81", ""),
    /** Binary framing (event streams): the structure lives in lengths and checksums, not tokens. */
    BINARY(hex("00", "ff", "7fffffff", "ffffffff", "00000010", "00010000", "01000000", "0700", "0800"), "", "");

    private final List<byte[]> tokens;
    private final byte[] open;
    private final byte[] close;

    Dialect(List<?> tokens, String open, String close) {
        List<byte[]> bytes = new ArrayList<>();
        for (Object t : tokens) {
            bytes.add(t instanceof byte[] b ? b : t.toString().getBytes(StandardCharsets.UTF_8));
        }
        this.tokens = List.copyOf(bytes);
        boolean binary = !tokens.isEmpty() && tokens.get(0) instanceof byte[];
        this.open = binary ? HexFormat.of().parseHex(open) : open.getBytes(StandardCharsets.UTF_8);
        this.close = binary ? HexFormat.of().parseHex(close) : close.getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> hex(String... values) {
        List<byte[]> out = new ArrayList<>();
        for (String v : values) {
            out.add(HexFormat.of().parseHex(v));
        }
        return out;
    }

    List<byte[]> tokens() {
        return tokens;
    }

    /** What opens one more level of nesting (empty when the format has none to offer). */
    byte[] open() {
        return open;
    }

    byte[] close() {
        return close;
    }
}
