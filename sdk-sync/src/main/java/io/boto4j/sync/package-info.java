/**
 * The blocking client API: {@link io.boto4j.sync.SyncClient} calls any operation of any
 * bundled service and returns its output as plain values; streaming bodies are
 * {@link java.io.InputStream}s. Built on the core's non-blocking pipeline and an HTTP/1.1
 * client of its own over blocking sockets; needs no Vert.x. A call runs entirely on the thread
 * that makes it: its exchanges, back-off and retries (no hand-off to other threads, and no
 * thread of the layer's own waits on the network); virtual threads unmount while they wait.
 *
 * <pre>{@code
 * try (SyncClient s3 = SyncClient.create("s3")) {
 *     s3.call("PutObject", Map.of("Bucket", "b", "Key", "k", "Body", Path.of("big.bin")));
 *     try (ResponseInputStream body = s3.callWithMetadata("GetObject", Map.of("Bucket", "b", "Key", "k")).body()) {
 *         Files.copy(body, Path.of("copy.bin"));
 *     }
 * } catch (ServiceException e) {
 *     // e.errorCode(), e.statusCode(), e.requestId()
 * }
 * }</pre>
 *
 * <p>Timeouts (the same in both layers, see {@link io.boto4j.core.transport}):
 * {@code ClientConfig.connectTimeout} bounds connecting; {@code attemptTimeout} bounds the
 * response to an attempt, whole, and once a streaming output is the caller's, each wait for
 * more of its bytes; {@code callTimeout} bounds a whole call, retries included. Interrupting a
 * thread in a call cancels the call and closes its connection. A proxy is
 * {@code ClientConfig.proxy} ({@code http://[user:password@]host:port}, Basic credentials sent
 * to the proxy, https tunnelled); a CA bundle ({@code ClientConfig.caBundle}, else
 * {@code AWS_CA_BUNDLE}, else the profile's {@code ca_bundle}; PEM) replaces the default trust;
 * host names are always checked against certificates. The pool holds at most
 * {@code maxConnections} connections per endpoint, in use or idle; a caller beyond it waits for
 * one within the connect timeout (and the call timeout), and a cancelled call stops waiting.
 */
package io.boto4j.sync;
