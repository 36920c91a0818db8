package io.boto4j.core.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import io.boto4j.core.http.Headers;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.protocol.cbor.CborBodyWriter;
import io.boto4j.core.protocol.json.JsonBodyWriter;
import io.boto4j.core.protocol.support.TextValues;
import io.boto4j.core.protocol.support.Timestamps;
import io.boto4j.core.protocol.xml.SecureXml;
import io.boto4j.core.protocol.xml.XmlValueWriter;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Responses a service could send for an operation, written from random values of its output or
 * error shapes with the SDK's own writers: the valid starting points the fuzzer mutates.
 */
final class ValidResponses {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    /** A response as the codecs read it, before it is wrapped in an SdkHttpResponse. */
    record Response(int status, Headers headers, byte[] body) {
    }

    private final String protocol;
    private final SplittableRandom random;
    private final RandomValues values;

    ValidResponses(String protocol, SplittableRandom random) {
        this.protocol = protocol;
        this.random = random;
        this.values = new RandomValues(random);
    }

    Response success(OperationModel op) {
        Shape output = op.outputShape();
        Headers headers = new Headers().set("x-amzn-RequestId", "req-" + random.nextInt(1000));
        if (output == null) {
            return new Response(200, headers, new byte[0]);
        }
        Map<String, Object> value = values.structure(output);
        boolean rest = protocol.startsWith("rest-");
        if (rest) {
            bindHeaders(output, value, headers);
        }
        byte[] body = switch (protocol) {
            case "json" -> JsonBodyWriter.INSTANCE.writeStructure(output, value, JsonBodyWriter.ALL_MEMBERS);
            case "smithy-rpc-v2-cbor" -> CborBodyWriter.CBOR_INSTANCE.writeStructure(output, value,
                    JsonBodyWriter.ALL_MEMBERS);
            case "rest-json" -> restBody(op, value, true);
            case "rest-xml" -> restBody(op, value, false);
            case "query" -> wrap(op.name() + "Response",
                    xml(op.output(), op.resultWrapper() != null ? op.resultWrapper() : op.name() + "Result", value),
                    "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>");
            case "ec2" -> xml(op.output(), op.name() + "Response", value);
            default -> throw new IllegalArgumentException(protocol);
        };
        return new Response(op.responseCode() != null ? op.responseCode() : 200, headers, body);
    }

    /** An error the operation declares (or, one time in five, one it does not). */
    Response error(OperationModel op) {
        List<Shape> errors = op.errors();
        Shape shape = errors.isEmpty() || random.nextInt(5) == 0 ? null : errors.get(random.nextInt(errors.size()));
        String code = shape == null ? "UnmodeledFailure" : shape.errorCode() != null ? shape.errorCode() : shape.name();
        Map<String, Object> fields = shape == null ? Map.of() : values.structure(shape);
        int status = shape != null && shape.errorHttpStatus() != null ? shape.errorHttpStatus()
                : new int[] {400, 403, 404, 409, 429, 500, 503}[random.nextInt(7)];
        Headers headers = new Headers().set("x-amzn-RequestId", "req-" + random.nextInt(1000));
        byte[] body = switch (protocol) {
            case "json", "rest-json" -> {
                if (protocol.equals("rest-json") || random.nextBoolean()) {
                    headers.set("x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/");
                }
                if (random.nextInt(4) == 0) {
                    headers.set("x-amzn-query-error", code + ";Sender");
                }
                yield withType(JSON, shape == null ? "{}".getBytes(StandardCharsets.UTF_8)
                        : JsonBodyWriter.INSTANCE.writeStructure(shape, fields, JsonBodyWriter.ALL_MEMBERS), code);
            }
            case "smithy-rpc-v2-cbor" -> withType(CBOR, shape == null ? new byte[] {(byte) 0xA0}
                    : CborBodyWriter.CBOR_INSTANCE.writeStructure(shape, fields, JsonBodyWriter.ALL_MEMBERS), code);
            case "query" -> wrap("ErrorResponse", xmlError(shape, code, fields, true), "<RequestId>r</RequestId>");
            case "ec2" -> wrap("Response", "<Errors>" + new String(xmlError(shape, code, fields, false),
                    StandardCharsets.UTF_8) + "</Errors>", "<RequestID>r</RequestID>");
            case "rest-xml" -> random.nextBoolean() ? xmlError(shape, code, fields, false)
                    : wrap("ErrorResponse", xmlError(shape, code, fields, true), "<RequestId>r</RequestId>");
            default -> throw new IllegalArgumentException(protocol);
        };
        if (shape != null && protocol.startsWith("rest-")) {
            bindHeaders(shape, fields, headers);
        }
        return new Response(status, headers, body);
    }

    private byte[] restBody(OperationModel op, Map<String, Object> value, boolean json) {
        Shape output = op.outputShape();
        String payload = output.payload();
        if (payload == null) {
            return json ? JsonBodyWriter.INSTANCE.writeStructure(output, value, JsonBodyWriter.BODY_MEMBERS)
                    : xml(op.output(), op.output().locationName() != null ? op.output().locationName()
                    : output.name(), value);
        }
        Member member = output.member(payload);
        if (member.shape().isEventStream()) {
            return new byte[0];
        }
        Object v = member.type() == ShapeType.STRUCTURE ? values.value(member) : value.get(payload);
        if (v == null || member.type() == ShapeType.BLOB || member.type() == ShapeType.STRING) {
            return v instanceof byte[] b ? b : v == null ? new byte[0] : v.toString().getBytes(StandardCharsets.UTF_8);
        }
        return json ? JsonBodyWriter.INSTANCE.writeValue(member, v)
                : xml(member, member.locationName() != null ? member.locationName() : member.shape().name(), v);
    }

    /** Header and prefix-header members as a service would send them. */
    private void bindHeaders(Shape shape, Map<String, Object> value, Headers headers) {
        for (Member m : shape.members().values()) {
            Object v = value.get(m.name());
            if (v == null || m.location() == null) {
                continue;
            }
            if (m.location().equals("header")) {
                headers.set(m.wireName(), headerText(m, v));
            } else if (m.location().equals("headers") && v instanceof Map<?, ?> map) {
                map.forEach((k, item) -> headers.set(m.wireName() + k, String.valueOf(item)));
            }
        }
    }

    private static String headerText(Member m, Object v) {
        if (v instanceof Instant t) {
            return Timestamps.format(t, m.timestampFormat() != null ? m.timestampFormat() : Timestamps.RFC_822);
        }
        if (v instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        if (m.isJsonValue()) {
            return Base64.getEncoder().encodeToString("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        }
        return v instanceof byte[] || v instanceof Boolean || v instanceof Number ? TextValues.format(m, v)
                : String.valueOf(v);
    }

    private static byte[] withType(ObjectMapper mapper, byte[] body, String code) {
        try {
            ObjectNode node = (ObjectNode) mapper.readTree(body);
            node.put("__type", "com.amazonaws#" + code);
            node.put("message", "the message");
            return mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] xml(Member ref, String root, Object value) {
        return XmlValueWriter.toBytes(ref, root, value);
    }

    private static byte[] wrap(String root, byte[] inner, String trailer) {
        return wrap(root, new String(inner, StandardCharsets.UTF_8), trailer);
    }

    private static byte[] wrap(String root, String inner, String trailer) {
        return ("<" + root + " xmlns=\"urn:fuzz\">" + inner + trailer + "</" + root + ">")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code <Error>} with code, message and the error shape's members. */
    private static byte[] xmlError(Shape shape, String code, Map<String, Object> fields, boolean withType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter w = SecureXml.newWriter(out);
        try {
            w.writeStartElement("Error");
            if (withType) {
                element(w, "Type", "Sender");
            }
            element(w, "Code", code);
            element(w, "Message", "the message");
            if (shape != null) {
                for (Member m : shape.members().values()) {
                    if (m.location() == null && !m.name().equals("Message") && !m.name().equals("Code")) {
                        XmlValueWriter.write(w, m, m.wireName(), fields.get(m.name()));
                    }
                }
            }
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
