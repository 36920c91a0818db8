package io.boto4j.core.eventstream;

import io.boto4j.core.EventStreamException;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.protocol.cbor.CborBodyReader;
import io.boto4j.core.protocol.json.JsonBodyReader;
import io.boto4j.core.protocol.xml.SecureXml;
import io.boto4j.core.protocol.xml.XmlValueReader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How a protocol encodes structured event payloads: the protocol's body reader applied to one
 * message's payload. An empty payload is an empty structure, as botocore reads it.
 */
interface PayloadFormat {

    /** The members of {@code shape} that {@code include} accepts, read from the payload. */
    Map<String, Object> readStructure(Shape shape, byte[] payload, Predicate<Member> include);

    /** A value of {@code member}'s (non-blob, non-string) shape read from the whole payload. */
    Object readValue(Member member, byte[] payload);

    /**
     * The format for a protocol name as the model spells it, or null when it has no event
     * streams. Its read failures are {@link EventStreamException}s naming the shape.
     */
    static PayloadFormat forProtocol(String protocol) {
        PayloadFormat raw = switch (protocol) {
            case "json", "rest-json" -> JSON;
            case "smithy-rpc-v2-cbor" -> CBOR;
            case "rest-xml", "query", "ec2" -> XML;
            default -> null;
        };
        return raw == null ? null : new Checked(raw, protocol);
    }

    /** Reports a payload the body reader rejects as a stream error, whatever the reader threw. */
    record Checked(PayloadFormat raw, String protocol) implements PayloadFormat {
        @Override
        public Map<String, Object> readStructure(Shape shape, byte[] payload, Predicate<Member> include) {
            try {
                return raw.readStructure(shape, payload, include);
            } catch (RuntimeException e) {
                throw unreadable(shape.name(), e);
            }
        }

        @Override
        public Object readValue(Member member, byte[] payload) {
            try {
                return raw.readValue(member, payload);
            } catch (RuntimeException e) {
                throw unreadable(member.targetName(), e);
            }
        }

        private EventStreamException unreadable(String shape, RuntimeException e) {
            return new EventStreamException("event stream payload for " + shape + " is not a valid "
                    + protocol + " body: " + e.getMessage(), e);
        }
    }

    PayloadFormat JSON = new PayloadFormat() {
        @Override
        public Map<String, Object> readStructure(Shape shape, byte[] payload, Predicate<Member> include) {
            return JsonBodyReader.INSTANCE.readStructure(shape, JsonBodyReader.parse(payload), include);
        }

        @Override
        public Object readValue(Member member, byte[] payload) {
            return JsonBodyReader.INSTANCE.readValue(member, JsonBodyReader.parse(payload));
        }
    };

    PayloadFormat CBOR = new PayloadFormat() {
        @Override
        public Map<String, Object> readStructure(Shape shape, byte[] payload, Predicate<Member> include) {
            return CborBodyReader.CBOR_INSTANCE.readStructure(shape, CborBodyReader.parseCbor(payload), include);
        }

        @Override
        public Object readValue(Member member, byte[] payload) {
            return CborBodyReader.CBOR_INSTANCE.readValue(member, CborBodyReader.parseCbor(payload));
        }
    };

    /**
     * XML payloads are whole documents whose root element is the structure (S3 Select's
     * {@code <Stats>...</Stats>}); event header members are never read from the body.
     */
    PayloadFormat XML = new PayloadFormat() {
        @Override
        public Map<String, Object> readStructure(Shape shape, byte[] payload, Predicate<Member> include) {
            if (payload.length == 0) {
                return new LinkedHashMap<>();
            }
            Map<String, Object> all = SecureXml.read(payload, root -> XmlValueReader.readStructure(root, shape));
            all.keySet().removeIf(name -> {
                Member m = shape.member(name);
                return m != null && !include.test(m);
            });
            return all;
        }

        @Override
        public Object readValue(Member member, byte[] payload) {
            if (payload.length == 0) {
                return member.type() == ShapeType.STRUCTURE ? new LinkedHashMap<>() : null;
            }
            return SecureXml.read(payload, root -> XmlValueReader.read(root, member));
        }
    };
}
