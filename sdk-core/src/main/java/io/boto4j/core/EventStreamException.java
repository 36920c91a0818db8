package io.boto4j.core;


/**
 * An event stream that cannot be read: a checksum mismatch, a length out of bounds, a malformed
 * header, a stream that ends inside a message, or a first message that is not the expected
 * initial response. Once a decoder has thrown it, the stream is unusable.
 */
public class EventStreamException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An event stream that cannot be read.
     *
     * @param message what is wrong with the stream
     */
    public EventStreamException(String message) {
        super(message);
    }

    /**
     * An event stream that cannot be read, caused by another failure.
     *
     * @param message what is wrong with the stream
     * @param cause   the underlying failure
     */
    public EventStreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
