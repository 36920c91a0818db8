package io.boto4j.differential;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Request bodies as comparable trees: JSON as JSON (numbers by value, members in any order),
 * XML as elements with attributes and text (whitespace between elements ignored), form bodies
 * as the sorted list of decoded parameters, CBOR decoded (tags kept); anything else as bytes.
 */
final class Bodies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** Decimal text kept as written: botocore's 1795608000.000001 is not rounded to a double. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final CBORFactory CBOR = new CBORFactory();
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** How a body is compared. */
    enum Kind { JSON, XML, FORM, CBOR, BYTES }

    private Bodies() {
    }

    /** The comparison for a body, from its Content-Type, else the protocol and the first byte. */
    static Kind kindOf(String protocol, String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("x-www-form-urlencoded")) {
            return Kind.FORM;
        }
        if (type.contains("cbor")) {
            return Kind.CBOR;
        }
        if (type.contains("json")) {
            return Kind.JSON;
        }
        if (type.contains("xml")) {
            return Kind.XML;
        }
        if (body.length == 0) {
            return Kind.BYTES;
        }
        return switch (protocol) {
            case "query", "ec2" -> Kind.FORM;
            case "json", "rest-json" -> body[0] == '{' || body[0] == '[' ? Kind.JSON : Kind.BYTES;
            case "rest-xml" -> body[0] == '<' ? Kind.XML : Kind.BYTES;
            case "smithy-rpc-v2-cbor" -> Kind.CBOR;
            default -> Kind.BYTES;
        };
    }

    /** The body as a tree for {@code kind}; bytes (base64) when it does not parse as that kind. */
    static JsonNode tree(Kind kind, byte[] body) {
        try {
            return switch (kind) {
                case JSON -> body.length == 0 ? NODES.missingNode() : JSON.readTree(body);
                case XML -> body.length == 0 ? NODES.missingNode() : xml(body);
                case FORM -> form(new String(body, StandardCharsets.UTF_8));
                case CBOR -> body.length == 0 ? NODES.missingNode() : cbor(body);
                case BYTES -> bytes(body);
            };
        } catch (Exception malformed) {
            return NODES.objectNode().put("$unparsable", bytes(body).asText());
        }
    }

    static JsonNode bytes(byte[] body) {
        return NODES.textNode(Base64.getEncoder().encodeToString(body));
    }

    /** Where two trees first part, or null when equal (numbers by value, object members unordered). */
    static String firstDifference(JsonNode a, JsonNode b) {
        return diff(a, b, "$");
    }

    private static String diff(JsonNode a, JsonNode b, String path) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0 ? null
                    : path + ": boto4j " + a + " | botocore " + b;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return path + ": boto4j " + shorten(a) + " | botocore " + shorten(b);
        }
        if (a.isObject()) {
            TreeMap<String, Boolean> names = new TreeMap<>();
            a.fieldNames().forEachRemaining(n -> names.put(n, true));
            b.fieldNames().forEachRemaining(n -> names.put(n, true));
            for (String n : names.keySet()) {
                if (!a.has(n) || !b.has(n)) {
                    return path + "." + n + ": boto4j " + (a.has(n) ? shorten(a.get(n)) : "absent")
                            + " | botocore " + (b.has(n) ? shorten(b.get(n)) : "absent");
                }
                String d = diff(a.get(n), b.get(n), path + "." + n);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isArray()) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String d = diff(a.get(i), b.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return a.size() == b.size() ? null
                    : path + ": boto4j " + a.size() + " items | botocore " + b.size() + " items";
        }
        return a.equals(b) ? null : path + ": boto4j " + shorten(a) + " | botocore " + shorten(b);
    }

    private static String shorten(JsonNode n) {
        String s = n.toString();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    /** Text values shaped like a UUID become {@code <uuid>} (idempotency tokens compare by form). */
    static JsonNode withoutUuids(JsonNode n) {
        if (n.isTextual()) {
            return NODES.textNode(withoutUuids(n.asText()));
        }
        if (n.isObject()) {
            ObjectNode o = NODES.objectNode();
            n.fields().forEachRemaining(e -> o.set(e.getKey(), withoutUuids(e.getValue())));
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = NODES.arrayNode();
            n.forEach(x -> a.add(withoutUuids(x)));
            return a;
        }
        return n;
    }

    static String withoutUuids(String s) {
        return s == null ? null : UUID.matcher(s).replaceAll("<uuid>");
    }

    // ------------------------------------------------------------------ parsers

    /** Decoded parameters, sorted: a multiset ({@code +} and {@code %20} both a space). */
    static ArrayNode form(String body) {
        List<String> pairs = new ArrayList<>();
        if (!body.isEmpty()) {
            for (String pair : body.split("&", -1)) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? null : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                pairs.add(value == null ? name : name + "=" + value);
            }
        }
        pairs.sort(null);
        ArrayNode a = NODES.arrayNode();
        pairs.forEach(a::add);
        return a;
    }

    private static JsonNode xml(byte[] body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        Element root = b.parse(new ByteArrayInputStream(body)).getDocumentElement();
        return element(root);
    }

    private static ObjectNode element(Element e) {
        ObjectNode o = NODES.objectNode();
        o.put("name", e.getTagName());
        NamedNodeMap attrs = e.getAttributes();
        if (attrs.getLength() > 0) {
            ObjectNode a = o.putObject("attributes");
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr attr = (Attr) attrs.item(i);
                a.put(attr.getName(), attr.getValue());
            }
        }
        ArrayNode children = NODES.arrayNode();
        StringBuilder text = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                children.add(element(child));
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            }
        }
        if (!children.isEmpty()) {
            o.set("children", children);
            if (!text.toString().isBlank()) {
                o.put("text", text.toString());
            }
        } else {
            o.put("text", text.toString());
        }
        return o;
    }

    private static JsonNode cbor(byte[] body) throws IOException {
        try (CBORParser p = CBOR.createParser(body)) {
            p.nextToken();
            JsonNode n = cborValue(p);
            if (p.nextToken() != null) {
                throw new IOException("data after the CBOR value");
            }
            return n;
        }
    }

    /** One CBOR value at the parser's current token; a tagged value becomes {"$tag<n>": value}. */
    private static JsonNode cborValue(CBORParser p) throws IOException {
        int tag = p.getCurrentTag();
        JsonNode value;
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, cborValue(p));
                }
                value = o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(cborValue(p));
                }
                value = a;
            }
            case VALUE_STRING -> value = NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> value = NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> {
                double d = p.getDoubleValue();
                value = Double.isFinite(d) ? NODES.numberNode(p.getDecimalValue())
                        : NODES.textNode("$float:" + d);
            }
            case VALUE_TRUE, VALUE_FALSE -> value = NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> value = NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT -> value = NODES.objectNode().put("$bytes",
                    Base64.getEncoder().encodeToString(p.getBinaryValue()));
            default -> throw new IOException("unexpected CBOR token " + t);
        }
        return tag < 0 ? value : NODES.objectNode().set("$tag" + tag, value);
    }

    /** Headers by lower-cased name, repeated values joined with ", ". */
    static Map<String, String> headerMap(List<Map.Entry<String, String>> headers) {
        Map<String, String> m = new TreeMap<>();
        for (Map.Entry<String, String> h : headers) {
            m.merge(h.getKey().toLowerCase(Locale.ROOT), h.getValue(), (x, y) -> x + ", " + y);
        }
        return m;
    }

    /** Iterates the sorted union of two key sets. */
    static Iterator<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeMap<String, Boolean> all = new TreeMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return all.keySet().iterator();
    }
}
