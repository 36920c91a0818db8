package io.boto4j.async;

import io.boto4j.async.internal.AtomicDownload;
import io.boto4j.async.internal.BoundedBodies;
import io.boto4j.async.streams.ExactLengthReadStream;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.SdkException;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.Redaction;
import io.boto4j.core.protocol.PresignedUrlErrors;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Sends presigned requests (URLs made by {@code AsyncClient.call(CoreMethods.GENERATE_PRESIGNED_URL, ...)},
 * here or by whoever handed them over) with back-pressure both ways and no credentials: a GET
 * into a file or any {@link WriteStream}, a PUT from an {@link AsyncFile} or any
 * {@link ReadStream}. Bodies of any size pass in bounded memory, and nothing blocks an event loop.
 *
 * <pre>{@code
 * PresignedRequests presigned = PresignedRequests.create(vertx);
 * s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", "GetObject",
 *         "Params", Map.of("Bucket", "b", "Key", "big.bin")))
 *     .compose(url -> presigned.download(url, "big.bin"))     // the whole object, or no file at all
 *     .onSuccess(answer -> System.out.println("ETag " + answer.header("ETag")))
 *     .onFailure(e -> System.out.println(e instanceof ServiceException se ? se.errorCode() : e));
 * }</pre>
 *
 * <p><b>Answers.</b> A 2xx answer completes the future with its {@link PresignedResponse} (status
 * and headers). Any other fails it with a {@link io.boto4j.core.ServiceException} carrying the
 * status and the error code and message of S3's XML error body when there is one
 * ({@code SignatureDoesNotMatch}, {@code AccessDenied}, {@code NoSuchKey}...), else the status
 * ({@link PresignedUrlErrors}). Anything else (a bad URL or file, a refused connection, a body
 * longer or shorter than its declared length) fails it with an
 * {@link SdkClientException} naming the URL without its signature. Redirects are not followed:
 * the signature covers one host, and S3's redirects are errors with codes of their own.
 *
 * <p><b>How they are sent.</b> A PUT goes through the Vert.x {@link WebClient}: its body is
 * streamed with back-pressure ({@code sendStream}) and the small answer read in bounded memory.
 * A GET goes through the core {@link HttpClient} under that WebClient (the same connections and
 * options): where its body goes depends on its status (to the file or stream on 2xx, into the
 * error otherwise), and a WebClient body codec is chosen before the status is known. That is
 * why the clients' transport is the core client too.
 *
 * <p>Futures complete on the calling context. Thread-safe: one instance may serve every verticle.
 */
public final class PresignedRequests {
    private final Vertx vertx;
    private final HttpClient http;
    private final WebClient web;
    private final boolean ownsConnections;

    private PresignedRequests(Vertx vertx, HttpClient http, WebClient web, boolean ownsConnections) {
        this.vertx = vertx;
        this.http = http;
        this.web = web;
        this.ownsConnections = ownsConnections;
    }

    /**
     * {@link #create(Vertx, WebClientOptions, PoolOptions)} with Vert.x's default options and pool.
     *
     * @param vertx the Vert.x instance whose connections to use
     * @return requests on connections of their own; {@link #close()} them when done
     */
    public static PresignedRequests create(Vertx vertx) {
        return create(vertx, new WebClientOptions(), new PoolOptions());
    }

    /**
     * {@link #create(Vertx, WebClientOptions, PoolOptions)} with Vert.x's default pool.
     *
     * @param vertx   the Vert.x instance whose connections to use
     * @param options your HTTP options (proxy, TLS, timeouts...); copied
     * @return requests on connections of their own; {@link #close()} them when done
     * @throws NullPointerException when an argument is null
     */
    public static PresignedRequests create(Vertx vertx, WebClientOptions options) {
        return create(vertx, options, new PoolOptions());
    }

    /**
     * Requests on connections of their own, made with your options as given: a proxy, TLS trust
     * or a client certificate, timeouts, HTTP/2... (a {@code WebClientOptions} is also an
     * {@code HttpClientOptions}: {@code new WebClientOptions(httpClientOptions)} converts one).
     * As with {@link WebClient#create}, when made inside a verticle they belong to it and are
     * closed when it is undeployed; {@link #close()} them when done. Does not block.
     *
     * @param vertx   the Vert.x instance whose connections to use
     * @param options your HTTP options (proxy, TLS, timeouts...); copied
     * @param pool    the connection pool's options (size, ...)
     * @return requests on connections of their own
     * @throws NullPointerException when an argument is null
     */
    public static PresignedRequests create(Vertx vertx, WebClientOptions options, PoolOptions pool) {
        Objects.requireNonNull(vertx, "vertx");
        WebClientOptions copy = new WebClientOptions(Objects.requireNonNull(options, "options"));
        HttpClientAgent http = vertx.createHttpClient(copy, Objects.requireNonNull(pool, "pool"));
        return new PresignedRequests(vertx, http, WebClient.wrap(http, copy), true);
    }

    /**
     * Requests on {@code client}'s own pooled connections, so with the same settings (its
     * {@code HttpClientOptions} and ClientConfig's proxy, CA bundle and timeouts): one place to
     * configure both. They are the client's: {@link #close()} leaves them open, and closing the
     * client closes them.
     *
     * @param client the client whose connections to use
     * @return requests on the client's connections, usable until the client is closed
     * @throws NullPointerException when {@code client} is null
     */
    public static PresignedRequests of(AsyncClient client) {
        HttpClientAgent http = Objects.requireNonNull(client, "client").httpClient();
        return new PresignedRequests(client.vertx(), http, WebClient.wrap(http), false);
    }

    // ---------------------------------------------------------------- GET

    /**
     * {@link #download(URI, String, MultiMap)} with no headers beyond the URL.
     *
     * @param url     the presigned URL, absolute {@code http(s)://}; a bad one fails the future
     * @param file    the file to write, replaced only once the whole body arrived
     * @return the answer's status and headers, on the calling context
     * @throws NullPointerException when {@code url} or {@code file} is null
     */
    public Future<PresignedResponse> download(URI url, String file) {
        return download(url, file, null);
    }

    /**
     * GETs {@code url} into {@code file}, which afterwards holds either the whole body or what it
     * held before, never a part: the body goes to a hidden part file beside it, synced and moved
     * over it once complete, deleted on any failure (an error answer, a lost connection, a full
     * disk). Written through Vert.x's file system with back-pressure: it reads from the network
     * only as fast as the disk takes it. The file's directory is checked before anything is sent.
     *
     * @param url     the presigned URL, absolute {@code http(s)://}; a bad one fails the future
     *                before any I/O
     * @param file    the file to write, replaced only once the whole body arrived
     * @param headers headers the URL was signed with beyond {@code host} (its
     *                {@code X-Amz-SignedHeaders}: SSE-C keys, {@code Range}...), or null
     * @return the answer's status and headers, on the calling context; fails as the class comment
     *         says, the file then as it was
     * @throws NullPointerException when {@code url} or {@code file} is null
     */
    public Future<PresignedResponse> download(URI url, String file, MultiMap headers) {
        Objects.requireNonNull(file, "file");
        Path target;
        try {
            target = Path.of(file);
        } catch (InvalidPathException e) {
            return Future.failedFuture(new SdkClientException("PresignedRequests.download: file is not a valid path: "
                    + e.getMessage(), e));
        }
        return checked(url, "download")
                .compose(checked -> AtomicDownload.to(vertx, target, part -> get(checked, headers, part)));
    }

    /**
     * {@link #download(URI, WriteStream, MultiMap)} with no headers beyond the URL.
     *
     * @param url     the presigned URL, absolute {@code http(s)://}; a bad one fails the future
     * @param target  where the body goes, ended once it is whole
     * @return the answer's status and headers, on the calling context
     * @throws NullPointerException when {@code url} or {@code target} is null
     */
    public Future<PresignedResponse> download(URI url, WriteStream<Buffer> target) {
        return download(url, target, null);
    }

    /**
     * GETs {@code url} into {@code target} with back-pressure. Only a 2xx body is written, and
     * the stream is ended once it is whole (an {@link AsyncFile} is then closed). On failure the
     * stream is left as it is, not ended: what a partial body means is the caller's to decide
     * ({@link #download(URI, String)} deletes it).
     *
     * @param url     the presigned URL, absolute {@code http(s)://}; a bad one fails the future
     * @param target  where the body goes, ended once it is whole
     * @param headers headers the URL was signed with beyond {@code host}, or null
     * @return the answer's status and headers, on the calling context; fails as the class comment says
     * @throws NullPointerException when {@code url} or {@code target} is null
     */
    public Future<PresignedResponse> download(URI url, WriteStream<Buffer> target, MultiMap headers) {
        Objects.requireNonNull(target, "target");
        return checked(url, "download").compose(checked -> get(checked, headers, target));
    }

    /**
     * The GET, run on a context's own thread from start to end: a response's body handlers must
     * be set in the callback that hands the response over, before its bytes are delivered, and
     * that holds only when the callbacks run on the thread that delivers them. Called from
     * another thread, Vert.x may run a callback later, after a short body has already ended.
     */
    private Future<PresignedResponse> get(URI url, MultiMap headers, WriteStream<Buffer> target) {
        Promise<PresignedResponse> done = Promise.promise();
        vertx.getOrCreateContext().runOnContext(v -> exchange(url, headers, target).onComplete(done));
        return done.future();
    }

    private Future<PresignedResponse> exchange(URI url, MultiMap headers, WriteStream<Buffer> target) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(url.toASCIIString())
                .setFollowRedirects(false);
        if (headers != null) {
            headers.forEach(request::addHeader);
        }
        return http.request(request)
                .compose(HttpClientRequest::send)
                .compose(response -> succeeded(response.statusCode())
                        ? copy(response, target)
                        : BoundedBodies.read(response, PresignedUrlErrors.MAX_ERROR_BODY_BYTES)
                                .compose(body -> Future.failedFuture(serviceError(url, "GET", response.statusCode(),
                                        response.headers(), body))))
                .recover(failure -> Future.failedFuture(clientFailure(url, "GET", failure)));
    }

    /** The body into {@code target}; a failure on either side stops the download. */
    private static Future<PresignedResponse> copy(HttpClientResponse response, WriteStream<Buffer> target) {
        return response.pipe()
                .endOnFailure(false)
                .to(target)
                .onFailure(e -> response.request().reset())
                .map(done -> new PresignedResponse(response.statusCode(), headers(response.headers())));
    }

    // ---------------------------------------------------------------- PUT

    /**
     * {@link #upload(URI, AsyncFile, MultiMap)} with no headers beyond the URL.
     *
     * @param url     the presigned URL, absolute {@code http(s)://}; a bad one fails the future
     * @param file    the file to send, opened for reading and at its start; left open
     * @return the answer's status and headers, on the calling context
     * @throws NullPointerException when {@code file} is null
     */
    public Future<PresignedResponse> upload(URI url, AsyncFile file) {
        return upload(url, file, null);
    }

    /**
     * PUTs the content of {@code file}, opened for reading, to {@code url}, with its size as
     * the {@code Content-Length} S3 needs (a presigned PUT cannot be sent chunked). The file is
     * read as the connection takes it, from its read position (its start, when just opened: a
     * file read from further on gives less than its size, which fails the upload), and left open.
     *
     * @param url     the presigned URL, absolute {@code http(s)://}; a bad one fails the future
     * @param file    the file to send, opened for reading and at its start; left open
     * @param headers headers the URL was signed with beyond {@code host} ({@code Content-Type}
     *                when it was presigned with a {@code ContentType}, {@code x-amz-meta-*}...), or null
     * @return the answer's status and headers, on the calling context; fails as the class comment says
     * @throws NullPointerException when {@code file} is null
     */
    public Future<PresignedResponse> upload(URI url, AsyncFile file, MultiMap headers) {
        Objects.requireNonNull(file, "file");
        // Paused before its size arrives: a file set flowing meanwhile would lose its first chunks.
        file.pause();
        return file.size().compose(size -> upload(url, file, size, headers));
    }

    /**
     * {@link #upload(URI, ReadStream, long, MultiMap)} with no headers beyond the URL.
     *
     * @param url     the presigned URL, absolute {@code http(s)://}; a bad one fails the future
     * @param body          the bytes to send, read with back-pressure
     * @param contentLength exactly how many bytes {@code body} gives
     * @return the answer's status and headers, on the calling context
     * @throws NullPointerException when {@code body} is null
     */
    public Future<PresignedResponse> upload(URI url, ReadStream<Buffer> body, long contentLength) {
        return upload(url, body, contentLength, null);
    }

    /**
     * PUTs {@code body} to {@code url} with back-pressure, declaring {@code contentLength}. A
     * stream that gives more or fewer bytes fails the upload rather than leave the server waiting.
     *
     * @param url           the presigned URL, absolute {@code http(s)://}; a bad one fails the
     *                      future before any I/O
     * @param body          the bytes to send, read with back-pressure
     * @param contentLength exactly how many bytes {@code body} gives; a negative one fails the future
     * @param headers       headers the URL was signed with beyond {@code host}, or null
     * @return the answer's status and headers, on the calling context; fails as the class comment says
     * @throws NullPointerException when {@code body} is null
     */
    public Future<PresignedResponse> upload(URI url, ReadStream<Buffer> body, long contentLength, MultiMap headers) {
        Objects.requireNonNull(body, "body");
        if (contentLength < 0) {
            return Future.failedFuture(new SdkClientException("PresignedRequests.upload: contentLength must be the"
                    + " body's exact size (a presigned PUT cannot be sent chunked), not " + contentLength));
        }
        return checked(url, "upload").compose(checked -> put(checked, body, contentLength, headers));
    }

    private Future<PresignedResponse> put(URI url, ReadStream<Buffer> body, long contentLength, MultiMap headers) {
        HttpRequest<Buffer> request = web.requestAbs(HttpMethod.PUT, url.toASCIIString())
                .followRedirects(false)
                .as(BoundedBodies.codec(PresignedUrlErrors.MAX_ERROR_BODY_BYTES));
        if (headers != null) {
            request.putHeaders(headers);
        }
        request.putHeader(HttpHeaders.CONTENT_LENGTH.toString(), Long.toString(contentLength));
        ExactLengthReadStream exact = new ExactLengthReadStream(body, contentLength);
        return request.sendStream(exact)
                .compose(response -> succeeded(response.statusCode())
                        ? Future.succeededFuture(new PresignedResponse(response.statusCode(), headers(response.headers())))
                        : Future.<PresignedResponse>failedFuture(serviceError(url, "PUT", response.statusCode(),
                                response.headers(), response.body())))
                .recover(failure -> Future.failedFuture(clientFailure(url, "PUT",
                        exact.failure() != null ? exact.failure() : failure)));
    }

    // ---------------------------------------------------------------- lifecycle and helpers

    /**
     * Closes the connections made by {@link #create}; does nothing for those of
     * {@link #of(AsyncClient)}, which are the client's. Requests in flight may fail.
     *
     * @return completes when the connections are closed (at once for a client's)
     */
    public Future<Void> close() {
        return ownsConnections ? http.close() : Future.succeededFuture();
    }

    @Override
    public String toString() {
        return "PresignedRequests[" + (ownsConnections ? "own connections" : "the client's connections") + "]";
    }

    /** The URL, or a failure naming the problem before any I/O. */
    private static Future<URI> checked(URI url, String method) {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            return Future.failedFuture(new SdkClientException("PresignedRequests." + method + ": url must be an"
                    + " absolute http:// or https:// URL with a host, not " + Redaction.text(url.toString())));
        }
        return Future.succeededFuture(url);
    }

    private static boolean succeeded(int status) {
        return status / 100 == 2;
    }

    private static Throwable serviceError(URI url, String method, int status, MultiMap headers, Buffer body) {
        return PresignedUrlErrors.exception(url, method, status, headers(headers), body == null ? null : body.getBytes());
    }

    /** The SDK's own failures as they are; any other (Vert.x's, the file system's) named with the URL. */
    private static Throwable clientFailure(URI url, String method, Throwable failure) {
        if (failure instanceof SdkException) {
            return failure;
        }
        return new SdkClientException("presigned " + method + " " + Redaction.text(url.toString()) + " failed: "
                + failure, failure);
    }

    private static Headers headers(MultiMap vertxHeaders) {
        Headers headers = new Headers();
        for (Map.Entry<String, String> header : vertxHeaders) {
            headers.add(header.getKey(), header.getValue());
        }
        return headers;
    }
}
