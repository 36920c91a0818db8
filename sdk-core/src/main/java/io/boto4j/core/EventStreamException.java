package io.boto4j.core;


/**
 * An event stream that cannot be read: a checksum mismatch, a length out of bounds, a malformed
 * header, a stream that ends inside a message, or a first message that is not the expected
 * initial response. Once a decoder has thrown it, the stream is unusable.
 */
public class EventStreamException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public EventStreamException(String message) {
        super(message);
    }

    public EventStreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
