/**
 * The blocking client API: {@link io.boto4j.sync.SyncClient} calls any operation of any
 * bundled service and returns its output as plain values; streaming bodies are
 * {@link java.io.InputStream}s. Built on the core's non-blocking pipeline and java.net.http;
 * needs no Vert.x.
 *
 * <pre>{@code
 * try (SyncClient s3 = SyncClient.create("s3")) {
 *     s3.call("PutObject", Map.of("Bucket", "b", "Key", "k", "Body", Path.of("big.bin")));
 *     try (SyncResponse got = s3.invoke("GetObject", Map.of("Bucket", "b", "Key", "k"))) {
 *         Files.copy(got.body(), Path.of("copy.bin"));
 *     }
 * } catch (ServiceException e) {
 *     // e.errorCode(), e.statusCode(), e.requestId()
 * }
 * }</pre>
 *
 * <p>Timeouts: {@code ClientConfig.connectTimeout} bounds connecting; {@code attemptTimeout}
 * bounds the wait for the response headers and then every wait for more body bytes (botocore's
 * read timeout); {@code callTimeout} bounds a whole call, retries included. A proxy is
 * {@code ClientConfig.proxy} ({@code http://[user:password@]host:port}; the JDK disables Basic
 * proxy authentication for HTTPS tunnels unless {@code jdk.http.auth.tunneling.disabledSchemes}
 * allows it); a CA bundle ({@code ClientConfig.caBundle}, PEM) replaces the default trust.
 */
package io.boto4j.sync;
