package io.boto4j.core.eventstream;

import io.boto4j.core.EventStreamServiceException;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns messages into event values as the model of one event stream shape describes them,
 * following botocore's event stream parser: an event becomes {@code {EventType: {members}}},
 * members bound to headers come from the headers of the same name, the {@code eventpayload}
 * member from the payload, and without one the payload is the event structure itself.
 */
final class EventParser {
    private final Shape stream;
    private final PayloadFormat format;
    private final String service;
    private final String operation;

    /** A parser for {@code stream}, the event stream of {@code operation}'s output. */
    EventParser(OperationModel operation, Shape stream, PayloadFormat format) {
        this.stream = stream;
        this.format = format;
        this.service = operation.service().serviceName();
        this.operation = operation.name();
    }

    /**
     * The event value of an {@code event} message, or null for an event type this model does
     * not know (botocore drops those, so newer services do not break older clients).
     *
     * @throws EventStreamServiceException for {@code exception} and {@code error} messages
     */
    Map<String, Object> parse(EventStreamMessage message) {
        throwIfError(message);
        return event(message);
    }

    /** Throws the service error an {@code exception} or {@code error} message carries; else returns. */
    void throwIfError(EventStreamMessage message) {
        switch (message.messageType()) {
            case "exception" -> throw exception(message);
            case "error" -> throw error(message);
            default -> {
                // an event (any other message type is read as one, as botocore does)
            }
        }
    }

    private Map<String, Object> event(EventStreamMessage message) {
        String eventType = message.stringHeader(EventStreamMessage.EVENT_TYPE);
        Member ref = eventType == null ? null : stream.member(eventType);
        if (ref == null) {
            return null;
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put(eventType, eventMembers(ref.shape(), message));
        return event;
    }

    private Map<String, Object> eventMembers(Shape event, EventStreamMessage message) {
        Map<String, Object> out = new LinkedHashMap<>();
        Member payloadMember = null;
        for (Member m : event.members().values()) {
            if (m.isEventHeader()) {
                HeaderValue h = message.header(m.name());
                if (h != null) {
                    out.put(m.name(), headerValue(m, h));
                }
            } else if (m.isEventPayload()) {
                payloadMember = m;
            }
        }
        if (payloadMember != null) {
            out.put(payloadMember.name(), payloadValue(payloadMember, message.payload()));
        } else {
            out.putAll(format.readStructure(event, message.payload(), m -> !m.isEventHeader()));
        }
        return out;
    }

    private Object payloadValue(Member m, byte[] payload) {
        ShapeType type = m.type();
        if (type == ShapeType.BLOB) {
            return payload;
        }
        if (type == ShapeType.STRING) {
            return new String(payload, StandardCharsets.UTF_8);
        }
        return format.readValue(m, payload);
    }

    /**
     * A header value in the SDK's value types for the member: timestamps from epoch
     * milliseconds (botocore divides numeric headers by 1000), integers widened to the member's
     * width, a UUID as 16 bytes for a blob member and as text otherwise.
     */
    static Object headerValue(Member m, HeaderValue h) {
        Object v = h.value();
        ShapeType type = m.type();
        if (v instanceof Instant t) {
            // A timestamp header bound to a non-timestamp member stays milliseconds, as in botocore.
            return type == ShapeType.TIMESTAMP ? t : (Object) t.toEpochMilli();
        }
        if (v instanceof Number n) {
            return switch (type) {
                case TIMESTAMP -> Instant.ofEpochMilli(n.longValue());
                case LONG -> n.longValue();
                case BYTE, SHORT, INTEGER -> n.intValue();
                default -> v instanceof Long ? v : (Object) n.intValue();
            };
        }
        if (v instanceof UUID u) {
            return type == ShapeType.BLOB ? uuidBytes(u) : u.toString();
        }
        if (v instanceof byte[] bytes) {
            return bytes.clone();
        }
        return v;
    }

    private static byte[] uuidBytes(UUID u) {
        byte[] b = new byte[16];
        long hi = u.getMostSignificantBits();
        long lo = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }

    /**
     * A modeled exception: its shape is the event stream member named by {@code :exception-type};
     * the payload holds its members, the message among them.
     */
    private EventStreamServiceException exception(EventStreamMessage message) {
        String type = message.stringHeader(EventStreamMessage.EXCEPTION_TYPE);
        Member ref = type == null ? null : stream.member(type);
        if (ref == null) {
            // Unmodeled: botocore falls back to the error headers; the type still names the error.
            String code = type != null ? type : orEmpty(message.stringHeader(EventStreamMessage.ERROR_CODE));
            return new EventStreamServiceException(service, operation, code,
                    message.stringHeader(EventStreamMessage.ERROR_MESSAGE), null, Map.of());
        }
        Shape shape = ref.shape();
        Map<String, Object> fields = format.readStructure(shape, message.payload(), m -> !m.isEventHeader());
        for (Member m : shape.members().values()) {
            HeaderValue h = m.isEventHeader() ? message.header(m.name()) : null;
            if (h != null) {
                fields.put(m.name(), headerValue(m, h));
            }
        }
        Object text = fields.containsKey("Message") ? fields.get("Message") : fields.get("message");
        return new EventStreamServiceException(service, operation, type, text == null ? null : text.toString(),
                shape, fields);
    }

    private EventStreamServiceException error(EventStreamMessage message) {
        return new EventStreamServiceException(service, operation,
                orEmpty(message.stringHeader(EventStreamMessage.ERROR_CODE)),
                message.stringHeader(EventStreamMessage.ERROR_MESSAGE), null, Map.of());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
