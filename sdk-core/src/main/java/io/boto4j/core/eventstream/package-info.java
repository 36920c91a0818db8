/**
 * {@code application/vnd.amazon.eventstream}, independent of any transport.
 *
 * <p>Two layers: {@link io.boto4j.core.eventstream.MessageDecoder} and
 * {@link io.boto4j.core.eventstream.MessageEncoder} handle the binary framing (CRC-checked
 * messages of typed headers and a payload); {@link io.boto4j.core.eventstream.EventStreamDecoder}
 * reads an operation's response stream into event values as its model describes, pushing them
 * to an {@link io.boto4j.core.eventstream.EventStreamHandler}. Transports feed bytes in as they
 * arrive and adapt the callbacks to their own stream types.
 *
 * <p><b>Tier: internal.</b> Exported only to the two layers, which read event streams off their
 * transports; callers see events as maps and errors as {@link
 * io.boto4j.core.EventStreamServiceException}; no stability promise, the SDK's modules are
 * released together.
 */
package io.boto4j.core.eventstream;
