/**
 * The Vert.x 5 client API: every remote call returns an {@link io.vertx.core.Future} that
 * completes on the calling context, and nothing blocks an event loop.
 *
 * <pre>{@code
 * AsyncClient.create(vertx, "s3", ClientConfig.builder().region("eu-west-1").build())
 *     .compose(s3 -> s3.call("GetObject", Map.of("Bucket", "b", "Key", "big.bin")))
 *     .compose(out -> vertx.fileSystem().open("big.bin", new OpenOptions().setWrite(true))
 *         .compose(file -> AsyncClient.body(out).pipeTo(file)));   // bounded memory, any size
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.boto4j.async.AsyncClient}: create (off the loop), call / callJson /
 *       callWithMetadata, paginate, waitUntil, typed views.
 *   <li>{@link io.boto4j.async.AsyncBody}: a streaming request body from a {@code ReadStream}
 *       with its length (an {@code AsyncFile}, {@code Buffer}, {@code byte[]} or {@code String}
 *       may be passed directly).
 *   <li>{@link io.boto4j.async.BodyStream}, {@link io.boto4j.async.EventReadStream},
 *       {@link io.boto4j.async.PageStream}: streamed outputs as {@code ReadStream}s with back-pressure.
 *   <li>{@link io.boto4j.async.PresignedRequests}: presigned URLs sent without credentials, a GET
 *       into a file (whole or not at all) or a {@code WriteStream}, a PUT from an
 *       {@code AsyncFile} or a {@code ReadStream}, with back-pressure.
 * </ul>
 *
 * <h2>Why the transport is Vert.x core's {@code HttpClient}, not the WebClient</h2>
 *
 * The request pipeline must see a response's status and headers before it decides what its
 * body is for: streamed to the caller (a successful GetObject), read whole and parsed (most
 * outputs), or read as a service error to report or retry. The WebClient decides where a body
 * goes with a {@code BodyCodec} chosen before the request is sent, so before the status is
 * known, and it cannot hand over a paused body for the caller to pull from. The core client
 * can, and the WebClient runs on it anyway. The WebClient serves at the edges: the uploads of
 * {@link io.boto4j.async.PresignedRequests} (a body streamed with back-pressure, a small
 * answer), whose downloads use the core client under it for the same reason as the pipeline.
 *
 * <h2>Your own Vert.x options</h2>
 *
 * {@link io.boto4j.async.AsyncClient#create(io.vertx.core.Vertx, String,
 * io.boto4j.core.client.ClientConfig, io.vertx.core.http.HttpClientOptions)} takes your
 * {@code HttpClientOptions} (a proxy, TLS trust or a client certificate, HTTP/2, TCP
 * settings...) for the client's connections, and
 * {@link io.boto4j.async.PresignedRequests#create(io.vertx.core.Vertx,
 * io.vertx.ext.web.client.WebClientOptions, io.vertx.core.http.PoolOptions)} your
 * {@code WebClientOptions} for presigned requests, or
 * {@link io.boto4j.async.PresignedRequests#of(AsyncClient)} shares a client's connections and
 * settings. Where your options and {@code ClientConfig} name the same thing, <b>explicit Vert.x
 * options win</b>: ClientConfig's connect timeout, idle timeout, proxy and CA bundle /
 * {@code insecureTrustAllCertificates} apply only where your options leave Vert.x's default,
 * and one that does not apply is logged at WARNING. Responses are never decompressed (bodies
 * are checked as sent) and the pool size is ClientConfig's {@code maxConnections}.
 */
package io.boto4j.async;
