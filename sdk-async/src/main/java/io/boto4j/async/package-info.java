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
 * </ul>
 */
package io.boto4j.async;
