/**
 * Adapters between Vert.x streams ({@code ReadStream<Buffer>}, paused and fetched) and the
 * core's {@code Flow.Publisher<ByteBuffer>} bodies, both ways, with back-pressure; a request
 * body held to its declared length. Not exported.
 */
package io.boto4j.async.streams;
