package io.boto4j.differential;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes an operation's output value, or an error shape's value, in the wire format of a
 * protocol, as a service would answer: status, headers ({@code header}, {@code headers} and
 * {@code statusCode} members of the rest protocols) and body (JSON, XML, query and EC2 XML
 * envelopes, CBOR). Written from the protocol specifications with the JDK's and Jackson's
 * writers, not with boto4j's codecs: this is the input both SDKs parse.
 */
final class ResponseEncoder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CBORFactory CBOR = new CBORFactory();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    static final String REQUEST_ID = "req-0123456789abcdef";

    private final String protocol;
    private final Random random;

    ResponseEncoder(String protocol, Random random) {
        this.protocol = protocol;
        this.random = random;
    }

    /** A successful response carrying {@code value} (the output shape's value). */
    CannedResponse success(OperationModel op, Map<String, Object> value) {
        Shape shape = op.outputShape();
        Integer code = op.responseCode();
        int status = code != null ? code : 200;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        byte[] body;
        switch (protocol) {
            case "json" -> {
                headers.add(header("Content-Type", "application/x-amz-json-" + jsonVersion(op.service())));
                headers.add(header("x-amzn-RequestId", REQUEST_ID));
                body = shape == null ? "{}".getBytes(StandardCharsets.UTF_8) : json(shape, value);
            }
            case "smithy-rpc-v2-cbor" -> {
                headers.add(header("smithy-protocol", "rpc-v2-cbor"));
                headers.add(header("Content-Type", "application/cbor"));
                headers.add(header("x-amzn-RequestId", REQUEST_ID));
                body = shape == null ? new byte[0] : cbor(shape, value);
            }
            case "query", "ec2" -> {
                headers.add(header("Content-Type", "text/xml;charset=UTF-8"));
                body = queryEnvelope(op, value);
            }
            case "rest-json", "rest-xml" -> {
                headers.add(header(protocol.equals("rest-json") ? "x-amzn-RequestId" : "x-amz-request-id",
                        REQUEST_ID));
                int[] statusHolder = {status};
                body = rest(op, shape, value, headers, statusHolder);
                status = statusHolder[0];
            }
            default -> throw new IllegalArgumentException("no encoder for protocol " + protocol);
        }
        if ("HEAD".equals(op.httpMethod())) {
            body = new byte[0];
        }
        return new CannedResponse(status, framed(headers, body), body);
    }

    /**
     * Headers as a server frames them: one Content-Type (an output member bound to it wins over
     * the protocol's default, which was added last), and one Content-Length, the body's.
     */
    private static List<Map.Entry<String, String>> framed(List<Map.Entry<String, String>> headers, byte[] body) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        boolean contentType = false;
        for (Map.Entry<String, String> h : headers) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("content-length") || name.equals("content-type") && contentType) {
                continue;
            }
            contentType |= name.equals("content-type");
            out.add(h);
        }
        out.add(header("Content-Length", Integer.toString(body.length)));
        return out;
    }

    /** An error response for {@code error} (an exception shape) with {@code value} as its fields. */
    CannedResponse error(OperationModel op, Shape error, Map<String, Object> value) {
        Integer trait = error.errorHttpStatus();
        int status = trait != null ? trait : error.isFault() ? 500 : 400;
        String code = error.errorCode();
        Map<String, Object> fields = new LinkedHashMap<>(value);
        // A shape that models the envelope's own fields carries them with the envelope's values:
        // a service never sends two codes or two messages.
        String message = "it failed: " + code;
        for (String name : List.of("message", "Message")) {
            if (error.member(name) != null) {
                fields.put(name, message);
            }
        }
        if (error.member("Code") != null && error.member("Code").type() == ShapeType.STRING) {
            fields.put("Code", code);
        }
        // A member bound to the error-type header carries the type, not a random string.
        for (Member m : error.members().values()) {
            if ("header".equals(m.location()) && m.wireName().equalsIgnoreCase("x-amzn-ErrorType")) {
                fields.put(m.name(), error.name());
            }
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        byte[] body;
        switch (protocol) {
            case "json", "rest-json", "smithy-rpc-v2-cbor" -> {
                boolean cbor = protocol.equals("smithy-rpc-v2-cbor");
                String type = random.nextBoolean() ? error.name() : "com.amazonaws.example#" + error.name();
                headers.add(header("x-amzn-RequestId", REQUEST_ID));
                if (op.service().isAwsQueryCompatible()) {
                    headers.add(header("x-amzn-query-error", code + ";" + (error.isFault() ? "Receiver" : "Sender")));
                }
                Map<String, Object> envelope = new LinkedHashMap<>();
                boolean typeMember = error.members().values().stream().anyMatch(m -> "header".equals(m.location())
                        && m.wireName().equalsIgnoreCase("x-amzn-ErrorType"));
                if (protocol.equals("rest-json") && random.nextBoolean() && !typeMember) {
                    headers.add(header("x-amzn-ErrorType", error.name() + ":http://internal.amazon.com/coral/"));
                } else {
                    envelope.put("__type", type);
                }
                if (!hasMember(error, "message") && !hasMember(error, "Message")) {
                    envelope.put("message", message);
                }
                if (cbor) {
                    headers.add(header("smithy-protocol", "rpc-v2-cbor"));
                    headers.add(header("Content-Type", "application/cbor"));
                    body = cborWithEnvelope(error, fields, envelope);
                } else {
                    headers.add(header("Content-Type", protocol.equals("json")
                            ? "application/x-amz-json-" + jsonVersion(op.service()) : "application/json"));
                    body = jsonWithEnvelope(error, fields, envelope);
                    if (protocol.equals("rest-json")) {
                        body = restErrorBody(error, fields, envelope, headers);
                    }
                }
            }
            case "query", "rest-xml" -> {
                headers.add(header("Content-Type", "text/xml"));
                boolean wrapped = protocol.equals("query") || random.nextBoolean();
                body = xmlError(error, code, message, fields, wrapped, false);
            }
            case "ec2" -> {
                headers.add(header("Content-Type", "text/xml;charset=UTF-8"));
                body = xmlError(error, code, message, fields, true, true);
            }
            default -> throw new IllegalArgumentException("no encoder for protocol " + protocol);
        }
        return new CannedResponse(status, framed(headers, body), body);
    }

    // ------------------------------------------------------------------ rest

    private byte[] rest(OperationModel op, Shape shape, Map<String, Object> value,
                        List<Map.Entry<String, String>> headers, int[] status) {
        if (shape == null) {
            return new byte[0];
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : value.entrySet()) {
            Member m = shape.member(e.getKey());
            String location = m.location();
            if ("header".equals(location)) {
                headers.add(header(m.wireName(), headerValue(m, e.getValue())));
            } else if ("headers".equals(location)) {
                String prefix = m.wireName();
                ((Map<?, ?>) e.getValue()).forEach((k, v) -> headers.add(header(prefix + k, String.valueOf(v))));
            } else if ("statusCode".equals(location)) {
                int code = List.of(200, 201, 202, 203, 206).get(random.nextInt(5));
                e.setValue(code);
                status[0] = code;
            } else if (location == null) {
                body.put(e.getKey(), e.getValue());
            }
        }
        String payload = shape.payload();
        if (payload != null) {
            Member m = shape.member(payload);
            Object v = body.get(payload);
            if (v == null) {
                return new byte[0];
            }
            switch (m.type()) {
                case BLOB:
                    headers.add(header("Content-Type", "application/octet-stream"));
                    return (byte[]) v;
                case STRING:
                    headers.add(header("Content-Type", "text/plain"));
                    return ((String) v).getBytes(StandardCharsets.UTF_8);
                case STRUCTURE:
                    if (m.shape().isDocument()) {
                        return contentType(headers, "application/json", writeJson(g -> JSON.writeValue(g, v)));
                    }
                    return protocol.equals("rest-json") ? contentType(headers, "application/json",
                            json(m.shape(), asMap(v)))
                            : contentType(headers, "application/xml", xmlDocument(
                            m.locationName() != null ? m.locationName() : m.shape().name(), m.shape(), asMap(v),
                            m.xmlNamespace() != null ? m.xmlNamespace().uri() : null));
                default:
                    return protocol.equals("rest-json") ? contentType(headers, "application/json",
                            writeJson(g -> writeValue(g, m, v)))
                            : new byte[0];
            }
        }
        if (body.isEmpty() && random.nextBoolean()) {
            return new byte[0];
        }
        if (protocol.equals("rest-json")) {
            return contentType(headers, "application/json", json(shape, body));
        }
        return contentType(headers, "application/xml",
                xmlDocument(op.name() + "Result", shape, body, namespaceOf(op.service())));
    }

    private static byte[] contentType(List<Map.Entry<String, String>> headers, String type, byte[] body) {
        headers.add(header("Content-Type", type));
        return body;
    }

    private byte[] restErrorBody(Shape error, Map<String, Object> fields, Map<String, Object> envelope,
                                 List<Map.Entry<String, String>> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            Member m = error.member(e.getKey());
            if ("header".equals(m.location())) {
                headers.add(header(m.wireName(), headerValue(m, e.getValue())));
            } else if (m.location() == null) {
                body.put(e.getKey(), e.getValue());
            }
        }
        return jsonWithEnvelope(error, body, envelope);
    }

    private String headerValue(Member m, Object v) {
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object item : list) {
                parts.add(scalarText(m.shape().listMember(), item, "rfc822"));
            }
            return String.join(", ", parts);
        }
        if (m.isJsonValue()) {
            return Base64.getEncoder().encodeToString(writeJson(g -> JSON.writeValue(g, v)));
        }
        return scalarText(m, v, "rfc822");
    }

    // ------------------------------------------------------------------ JSON and CBOR (one writer, Jackson's generators)

    private byte[] json(Shape shape, Map<String, Object> value) {
        return writeJson(g -> writeStructure(g, shape, value, Map.of()));
    }

    private byte[] jsonWithEnvelope(Shape shape, Map<String, Object> value, Map<String, Object> envelope) {
        return writeJson(g -> writeStructure(g, shape, value, envelope));
    }

    private void writeStructure(JsonGenerator g, Shape shape, Map<String, Object> value,
                                    Map<String, Object> envelope) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : envelope.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue().toString());
        }
        for (Map.Entry<String, Object> e : value.entrySet()) {
            Member m = shape.member(e.getKey());
            if (m.location() != null) {
                continue;
            }
            g.writeFieldName(protocol.equals("json") || protocol.equals("rest-json") ? m.wireName() : m.name());
            writeValue(g, m, e.getValue());
        }
        g.writeEndObject();
    }

    private void writeValue(JsonGenerator g, Member m, Object v) throws IOException {
        Shape shape = m.shape();
        switch (shape.type()) {
            case STRUCTURE -> {
                if (shape.isDocument()) {
                    JSON.writeValue(g, v);
                } else {
                    writeStructure(g, shape, asMap(v), Map.of());
                }
            }
            case LIST -> {
                g.writeStartArray();
                for (Object item : (List<?>) v) {
                    writeValue(g, shape.listMember(), item);
                }
                g.writeEndArray();
            }
            case MAP -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    g.writeFieldName(e.getKey().toString());
                    writeValue(g, shape.mapValue(), e.getValue());
                }
                g.writeEndObject();
            }
            case TIMESTAMP -> {
                String format = m.timestampFormat();
                if (g instanceof CBORGenerator cbor) {
                    cbor.writeTag(1); // CBOR: always epoch seconds, tagged
                    g.writeNumber(epochSeconds((Instant) v).doubleValue());
                } else if (format == null || format.equals("unixTimestamp")) {
                    g.writeNumber(epochSeconds((Instant) v));
                } else {
                    g.writeString(scalarText(m, v, null));
                }
            }
            case BLOB -> g.writeBinary((byte[]) v); // base64 text in JSON, a byte string in CBOR
            default -> writeJsonScalar(g, v);
        }
    }

    private static void writeJsonScalar(JsonGenerator g, Object v) throws IOException {
        if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Float f) {
            g.writeNumber(f);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Number n) {
            g.writeNumber(n.longValue());
        } else {
            g.writeNull();
        }
    }

    private interface JsonWriting {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] writeJson(JsonWriting writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            writing.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ CBOR

    private byte[] cbor(Shape shape, Map<String, Object> value) {
        return cborWithEnvelope(shape, value, Map.of());
    }

    private byte[] cborWithEnvelope(Shape shape, Map<String, Object> value, Map<String, Object> envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = CBOR.createGenerator(out)) {
            writeStructure(g, shape, value, envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ XML

    private byte[] queryEnvelope(OperationModel op, Map<String, Object> value) {
        Shape shape = op.outputShape();
        String ns = namespaceOf(op.service());
        return writeXml(w -> {
            w.writeStartElement(op.name() + "Response");
            w.writeDefaultNamespace(ns);
            if (protocol.equals("ec2")) {
                w.writeStartElement("requestId");
                w.writeCharacters(REQUEST_ID);
                w.writeEndElement();
                if (shape != null) {
                    writeXmlMembers(w, shape, value);
                }
            } else {
                String wrapper = op.resultWrapper();
                if (shape != null) {
                    if (wrapper != null) {
                        w.writeStartElement(wrapper);
                    }
                    writeXmlMembers(w, shape, value);
                    if (wrapper != null) {
                        w.writeEndElement();
                    }
                }
                w.writeStartElement("ResponseMetadata");
                w.writeStartElement("RequestId");
                w.writeCharacters(REQUEST_ID);
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private byte[] xmlError(Shape error, String code, String message, Map<String, Object> fields,
                            boolean wrapped, boolean ec2) {
        return writeXml(w -> {
            if (ec2) {
                w.writeStartElement("Response");
                w.writeStartElement("Errors");
            } else if (wrapped) {
                w.writeStartElement("ErrorResponse");
            }
            w.writeStartElement("Error");
            if (!ec2) {
                text(w, "Type", error.isFault() ? "Receiver" : "Sender");
            }
            text(w, "Code", code);
            text(w, "Message", message);
            Map<String, Object> rest = new LinkedHashMap<>(fields);
            rest.keySet().removeIf(k -> k.equalsIgnoreCase("code") || k.equalsIgnoreCase("message"));
            writeXmlMembers(w, error, rest);
            w.writeEndElement();
            if (ec2) {
                w.writeEndElement();
                text(w, "RequestID", REQUEST_ID);
                w.writeEndElement();
            } else if (wrapped) {
                text(w, "RequestId", REQUEST_ID);
                w.writeEndElement();
            }
        });
    }

    private byte[] xmlDocument(String root, Shape shape, Map<String, Object> value, String namespace) {
        return writeXml(w -> {
            w.writeStartElement(root);
            if (namespace != null) {
                w.writeDefaultNamespace(namespace);
            }
            writeXmlAttributes(w, shape, value);
            writeXmlMembers(w, shape, value);
            w.writeEndElement();
        });
    }

    private void writeXmlAttributes(XMLStreamWriter w, Shape shape, Map<String, Object> value)
            throws XMLStreamException {
        for (Map.Entry<String, Object> e : value.entrySet()) {
            Member m = shape.member(e.getKey());
            if (m == null || !m.isXmlAttribute()) {
                continue;
            }
            String name = m.wireName();
            int colon = name.indexOf(':');
            String text = scalarText(m, e.getValue(), null);
            if (colon > 0) {
                String prefix = name.substring(0, colon);
                String uri = m.xmlNamespace() != null && m.xmlNamespace().uri() != null ? m.xmlNamespace().uri()
                        : "http://www.w3.org/2001/XMLSchema-instance";
                w.writeNamespace(prefix, uri);
                w.writeAttribute(prefix, uri, name.substring(colon + 1), text);
            } else {
                w.writeAttribute(name, text);
            }
        }
    }

    private void writeXmlMembers(XMLStreamWriter w, Shape shape, Map<String, Object> value)
            throws XMLStreamException {
        for (Map.Entry<String, Object> e : value.entrySet()) {
            Member m = shape.member(e.getKey());
            if (m == null || m.location() != null || m.isXmlAttribute()) {
                continue;
            }
            writeXmlMember(w, m, m.wireName(), e.getValue());
        }
    }

    private void writeXmlMember(XMLStreamWriter w, Member m, String name, Object v) throws XMLStreamException {
        Shape shape = m.shape();
        switch (shape.type()) {
            case STRUCTURE -> {
                w.writeStartElement(name);
                writeXmlAttributes(w, shape, asMap(v));
                writeXmlMembers(w, shape, asMap(v));
                w.writeEndElement();
            }
            case LIST -> {
                Member item = shape.listMember();
                if (m.isFlattened()) {
                    String itemName = item.locationName() != null ? item.locationName() : name;
                    for (Object x : (List<?>) v) {
                        writeXmlMember(w, item, itemName, x);
                    }
                } else {
                    w.writeStartElement(name);
                    String itemName = item.locationName() != null ? item.locationName() : "member";
                    for (Object x : (List<?>) v) {
                        writeXmlMember(w, item, itemName, x);
                    }
                    w.writeEndElement();
                }
            }
            case MAP -> {
                String keyName = shape.mapKey().locationName() != null ? shape.mapKey().locationName() : "key";
                String valueName = shape.mapValue().locationName() != null ? shape.mapValue().locationName()
                        : "value";
                if (!m.isFlattened()) {
                    w.writeStartElement(name);
                }
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    w.writeStartElement(m.isFlattened() ? name : "entry");
                    text(w, keyName, e.getKey().toString());
                    writeXmlMember(w, shape.mapValue(), valueName, e.getValue());
                    w.writeEndElement();
                }
                if (!m.isFlattened()) {
                    w.writeEndElement();
                }
            }
            default -> text(w, name, scalarText(m, v, null));
        }
    }

    private static void text(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private interface XmlWriting {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] writeXml(XmlWriting writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            writing.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ scalars

    /**
     * A scalar as text (XML, headers): timestamps in the member's format, else {@code fallback},
     * else ISO-8601; blobs base64.
     */
    private static String scalarText(Member m, Object v, String fallback) {
        if (v instanceof Instant t) {
            String format = m.timestampFormat() != null ? m.timestampFormat() : fallback;
            if ("rfc822".equals(format)) {
                return HTTP_DATE.format(t);
            }
            if ("unixTimestamp".equals(format)) {
                return epochSeconds(t).toPlainString();
            }
            return t.toString();
        }
        if (v instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof Float || v instanceof Double) {
            return new BigDecimal(v.toString()).toPlainString();
        }
        return String.valueOf(v);
    }

    private static BigDecimal epochSeconds(Instant t) {
        return BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9)).stripTrailingZeros();
    }

    private static String jsonVersion(ServiceModel service) {
        return service.jsonVersion() != null ? service.jsonVersion() : "1.0";
    }

    private static String namespaceOf(ServiceModel service) {
        String ns = service.metadata("xmlNamespace");
        if (ns == null && service.metadata().path("xmlNamespace").isObject()) {
            ns = service.metadata().path("xmlNamespace").path("uri").asText(null);
        }
        return ns != null ? ns : "https://" + service.endpointPrefix() + ".amazonaws.com/doc/" + service.apiVersion() + "/";
    }

    private static boolean hasMember(Shape shape, String name) {
        return shape.member(name) != null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object v) {
        return (Map<String, Object>) v;
    }

    private static Map.Entry<String, String> header(String name, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }
}
