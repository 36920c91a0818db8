package io.boto4j.core.eventstream;

import java.util.Map;

/**
 * Receives what an {@link EventStreamDecoder} reads, in stream order, on the thread that feeds
 * it. Errors are not delivered here: {@code feed} and {@code end} throw them, after every event
 * that preceded them has been delivered.
 */
public interface EventStreamHandler {

    /**
     * One event: a single-entry map {@code {EventType: {members}}}.
     *
     * @param event the event's type name mapped to its parsed members, as botocore yields it
     */
    void onEvent(Map<String, Object> event);

    /**
     * The operation's output members (all but the event stream) from the {@code initial-response}
     * event that RPC protocols ({@code json}, {@code smithy-rpc-v2-cbor}) send first; called once,
     * before any event. Rest protocols carry those members in HTTP headers instead and never call it.
     *
     * @param output the output members by name; the default implementation ignores them
     */
    default void onInitialResponse(Map<String, Object> output) {
    }
}
