/**
 * The transport SPI: what a layer implements to put the pipeline's requests on the wire
 * ({@link io.boto4j.core.transport.HttpTransport}), and small helpers for bodies.
 *
 * <h2>Timeouts</h2>
 * Both layers bound an exchange the same way, from the client's settings:
 * <ul>
 *   <li><b>connect timeout</b> ({@code ClientConfig.connectTimeout}, default 60 s as botocore):
 *       opening a connection: TCP connect, TLS handshake, a proxy's tunnel. Fails the attempt
 *       with {@link io.boto4j.core.AttemptTimeoutException} in phase {@code CONNECT}.
 *   <li><b>attempt timeout</b> ({@code ClientConfig.attemptTimeout}, default 60 s as botocore's
 *       read timeout): how long the service may take to answer one attempt. It bounds
 *       <ol>
 *         <li>each wait for the server to take more of the request body while it is being sent
 *             ({@code SEND}): a long upload is never cut short, a server that stops reading is;
 *         <li>the response, from the last byte of the request sent to its headers and on to the
 *             last byte of any body the SDK reads itself: every error response and every
 *             output that is not a stream ({@code RESPONSE}). A server that trickles a small
 *             body cannot hold an attempt longer than this;
 *         <li>once a streaming output (S3 GetObject's {@code Body}) is handed to the caller
 *             ({@link io.boto4j.core.transport.TransportResponse#streamingToCaller()}), each
 *             wait for more bytes while the caller is waiting for them ({@code READ}), as
 *             botocore's read timeout: the caller's own time between reads never counts, so a
 *             slow reader or a large object is never cut off, and a server that goes silent is.
 *       </ol>
 *       A timed-out attempt is retried as botocore retries a read timeout (a connect timeout as a
 *       connect timeout); when the last attempt timed out, the call fails with the
 *       {@code AttemptTimeoutException}, naming the operation, the phase and the bound.
 *   <li><b>call timeout</b> ({@code ClientConfig.callTimeout}, default none): the whole call,
 *       from {@code invoke} until its future completes: every attempt, the back-off between them
 *       and rate-limit waits. It passes at its bound whatever the call is doing, cancels what is
 *       in flight and fails the call with {@link io.boto4j.core.CallTimeoutException}.
 *       A streaming output is read after the call completed and is bounded by the attempt
 *       timeout's per-read bound only.
 * </ul>
 *
 * <h2>Cancellation</h2>
 * The pipeline cancels the future of {@link io.boto4j.core.transport.HttpTransport#send} when
 * the call times out or its caller cancels it, and {@linkplain
 * io.boto4j.core.transport.TransportResponse#abort() aborts} a response nobody will read (a
 * failed attempt's, or any response of a cancelled call, also after it was handed over). A
 * transport honours both at every phase: connecting, sending the body, waiting for the headers,
 * reading the body. The connection is then closed, never returned to a pool half read; a
 * connection goes back to its pool only after its response body was read to the end.
 *
 * <h2>Threads</h2>
 * {@code send} never blocks its caller. A transport that does blocking I/O (the blocking
 * layer's) runs it on {@link io.boto4j.core.transport.TransportRequest#executor()}, which the
 * blocking layer's caller drains while it waits: the exchange runs on the caller's thread.
 *
 * <p><b>Tier: SPI.</b> Exported to every module, for transport layers (java.net.http in sdk-sync,
 * Vert.x in sdk-async) and tests that answer calls without a server; applications rarely name
 * these types. Stable within a minor version (types may gain methods between minor versions).
 */
package io.boto4j.core.transport;
