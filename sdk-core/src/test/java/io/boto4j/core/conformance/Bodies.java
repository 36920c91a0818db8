package io.boto4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Body comparison as the suites intend it: JSON and XML structurally, query bodies as parameter sets. */
final class Bodies {
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    private Bodies() {
    }

    /** Null when equal, else a description of the difference. */
    static String compare(String protocol, String expected, byte[] actualBytes) {
        byte[] actual = actualBytes == null ? new byte[0] : actualBytes;
        String actualText = new String(actual, StandardCharsets.UTF_8);
        if (expected == null) {
            return null;
        }
        if (expected.isEmpty()) {
            return actual.length == 0 ? null : "expected no body, got: " + actualText;
        }
        try {
            switch (protocol) {
                case "query":
                case "ec2":
                    return formParams(expected).equals(formParams(actualText)) ? null
                            : "form body differs\n expected: " + expected + "\n actual:   " + actualText;
                case "smithy-rpc-v2-cbor": {
                    JsonNode e = CBOR.readTree(Base64.getDecoder().decode(expected));
                    JsonNode a = actual.length == 0 ? null : CBOR.readTree(actual);
                    return ConformanceValues.sameJson(e, a) ? null
                            : "CBOR body differs\n expected: " + e + "\n actual:   " + a;
                }
                default:
                    break;
            }
            String trimmed = expected.trim();
            if ((trimmed.startsWith("{") || trimmed.startsWith("[")) && protocol.contains("json")) {
                JsonNode e = ConformanceValues.JSON.readTree(expected);
                JsonNode a;
                try {
                    a = ConformanceValues.JSON.readTree(actualText);
                } catch (Exception notJson) {
                    return "expected JSON " + expected + ", got: " + actualText;
                }
                return ConformanceValues.sameJson(e, a) ? null
                        : "JSON body differs\n expected: " + e + "\n actual:   " + a;
            }
            if (trimmed.startsWith("<") && protocol.contains("xml")) {
                String e = canonicalXml(expected);
                String a = actual.length == 0 ? "" : canonicalXml(actualText);
                return e.equals(a) ? null : "XML body differs\n expected: " + e + "\n actual:   " + a;
            }
        } catch (Exception e) {
            return "cannot compare bodies (" + e + ")\n expected: " + expected + "\n actual:   " + actualText;
        }
        return expected.equals(actualText) ? null
                : "body differs\n expected: " + expected + "\n actual:   " + actualText;
    }

    static Map<String, List<String>> formParams(String body) {
        Map<String, List<String>> m = new TreeMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        m.values().forEach(l -> l.sort(null));
        return m;
    }

    /** Element names, sorted attributes and trimmed text, whitespace between elements dropped. */
    static String canonicalXml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        StringBuilder sb = new StringBuilder();
        write(d.getDocumentElement(), sb);
        return sb.toString();
    }

    private static void write(Element e, StringBuilder sb) {
        sb.append('<').append(e.getTagName());
        NamedNodeMap attrs = e.getAttributes();
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            sorted.put(attrs.item(i).getNodeName(), attrs.item(i).getNodeValue());
        }
        sorted.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(v).append('"'));
        sb.append('>');
        NodeList children = e.getChildNodes();
        boolean hasElements = false;
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                hasElements = true;
                break;
            }
        }
        for (int i = 0; i < children.getLength(); i++) {
            Node c = children.item(i);
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                write((Element) c, sb);
            } else if ((c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) && !hasElements) {
                sb.append(c.getNodeValue());
            }
        }
        sb.append("</").append(e.getTagName()).append('>');
    }
}
