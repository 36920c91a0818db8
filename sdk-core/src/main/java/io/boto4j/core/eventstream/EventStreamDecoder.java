package io.boto4j.core.eventstream;

import io.boto4j.core.EventStreamServiceException;
import io.boto4j.core.EventStreamException;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an operation's event stream response body, pushed in chunks as the transport receives
 * them, into event values for a handler. Transport-neutral: a non-blocking layer feeds it from
 * its read stream's handler, a blocking layer from an input stream loop.
 *
 * <p>{@code feed} and {@code end} throw {@link EventStreamServiceException} when the service
 * sends an exception or error message, and {@link EventStreamException} when the stream is
 * corrupt or truncated; either ends the stream (later calls throw {@link IllegalStateException}),
 * and so does an exception the handler throws, which propagates unchanged. Not thread-safe.
 */
public final class EventStreamDecoder {
    static final String INITIAL_RESPONSE = "initial-response";

    private final MessageDecoder frames;
    private final EventParser parser;
    private final EventStreamHandler handler;
    private final Shape output;
    private final Member streamMember;
    private final PayloadFormat format;
    private boolean awaitingInitialResponse;

    private EventStreamDecoder(OperationModel operation, Shape output, Member streamMember, PayloadFormat format,
                               boolean initialResponse, EventStreamHandler handler) {
        this.output = output;
        this.streamMember = streamMember;
        this.format = format;
        this.handler = handler;
        this.awaitingInitialResponse = initialResponse;
        this.parser = new EventParser(operation, streamMember.shape(), format);
        this.frames = new MessageDecoder(this::onMessage);
    }

    /**
     * A decoder for {@code operation}'s output event stream as {@code protocol} (the model's
     * spelling: {@code rest-xml}, {@code rest-json}, {@code json}, {@code smithy-rpc-v2-cbor})
     * encodes its payloads.
     *
     * @param operation the operation whose output has an event stream member
     * @param protocol the protocol the response uses, e.g. {@code rest-json}
     * @param handler receives the events (and, for RPC protocols, the initial response)
     * @return a new decoder, waiting for the first bytes
     * @throws NullPointerException when {@code handler} is null
     * @throws IllegalArgumentException when the operation has no event stream output or the
     *                                  protocol has no event stream encoding
     */
    public static EventStreamDecoder forOperation(OperationModel operation, String protocol,
                                                  EventStreamHandler handler) {
        Objects.requireNonNull(handler);
        PayloadFormat format = PayloadFormat.forProtocol(protocol);
        if (format == null) {
            throw new IllegalArgumentException("protocol '" + protocol + "' has no event stream encoding");
        }
        Shape output = operation.outputShape();
        Member stream = output == null ? null : eventStreamMember(output);
        if (stream == null) {
            throw new IllegalArgumentException(operation + " has no event stream output");
        }
        return new EventStreamDecoder(operation, output, stream, format, sendsInitialResponse(protocol), handler);
    }

    /**
     * As {@link #forOperation(OperationModel, String, EventStreamHandler)}, with the model's first
     * listed protocol that has an event stream encoding.
     *
     * @param operation the operation whose output has an event stream member
     * @param handler receives the events (and, for RPC protocols, the initial response)
     * @return a new decoder, waiting for the first bytes
     * @throws IllegalArgumentException when the operation has no event stream output or none of
     *                                  the service's protocols has an event stream encoding
     */
    public static EventStreamDecoder forOperation(OperationModel operation, EventStreamHandler handler) {
        for (String p : operation.service().protocols()) {
            if (PayloadFormat.forProtocol(p) != null) {
                return forOperation(operation, p, handler);
            }
        }
        throw new IllegalArgumentException(operation + ": no protocol of " + operation.service().protocols()
                + " has an event stream encoding");
    }

    /** The output member that holds the event stream, or null. */
    static Member eventStreamMember(Shape output) {
        for (Member m : output.members().values()) {
            if (m.shape().isEventStream()) {
                return m;
            }
        }
        return null;
    }

    /** RPC protocols put the output's other members in a first {@code initial-response} event. */
    private static boolean sendsInitialResponse(String protocol) {
        return protocol.equals("json") || protocol.equals("smithy-rpc-v2-cbor");
    }

    /**
     * The name of the output member that holds the events (botocore's key for the stream).
     *
     * @return the member name as in the model, e.g. {@code Payload} for S3's {@code SelectObjectContent}
     */
    public String eventStreamMemberName() {
        return streamMember.name();
    }

    /**
     * Whether the first message must be an {@code initial-response} event that has not come yet.
     *
     * @return true for an RPC protocol ({@code json}, {@code smithy-rpc-v2-cbor}) until that
     *         event arrives; always false for rest protocols
     */
    public boolean isAwaitingInitialResponse() {
        return awaitingInitialResponse;
    }

    /**
     * Consumes the remaining bytes of {@code chunk}, delivering every event it completes.
     *
     * @param chunk the next bytes of the body; its position moves to its limit
     */
    public void feed(ByteBuffer chunk) {
        frames.feed(chunk);
    }

    /**
     * Consumes all of {@code chunk}, delivering every event it completes.
     *
     * @param chunk the next bytes of the body; not kept after the call returns
     */
    public void feed(byte[] chunk) {
        frames.feed(chunk);
    }

    /**
     * Consumes {@code length} bytes of {@code chunk} from {@code offset}, delivering every event
     * they complete.
     *
     * @param chunk holds the next bytes of the body; not kept after the call returns
     * @param offset the index of the first byte to consume
     * @param length how many bytes to consume
     * @throws IndexOutOfBoundsException when the range is outside {@code chunk}
     */
    public void feed(byte[] chunk, int offset, int length) {
        frames.feed(chunk, offset, length);
    }

    /**
     * Marks the end of the body.
     *
     * @throws EventStreamException when the body ends inside a message, or before the
     *                              initial response an RPC protocol owes
     */
    public void end() {
        frames.end();
        if (awaitingInitialResponse) {
            throw new EventStreamException("event stream ended before its " + INITIAL_RESPONSE + " event");
        }
    }

    private void onMessage(EventStreamMessage message) {
        if (awaitingInitialResponse) {
            readInitialResponse(message);
            return;
        }
        Map<String, Object> event = parser.parse(message);
        if (event != null) {
            handler.onEvent(event);
        }
    }

    private void readInitialResponse(EventStreamMessage message) {
        boolean isInitial = message.messageType().equals("event")
                && INITIAL_RESPONSE.equals(message.stringHeader(EventStreamMessage.EVENT_TYPE));
        if (!isInitial) {
            parser.throwIfError(message); // the service's error is more telling than a missing response
            throw new EventStreamException("first event was not of type " + INITIAL_RESPONSE);
        }
        awaitingInitialResponse = false;
        String streamName = streamMember.name();
        handler.onInitialResponse(format.readStructure(output, message.payload(), m -> !m.name().equals(streamName)));
    }
}
