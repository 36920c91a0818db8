package io.boto4j.core.plugin;

import io.boto4j.core.http.Headers;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The raw response of one attempt, before it is parsed: hooks may read it, wrap its body (e.g.
 * to validate a checksum while it streams) or change the status the parser sees (S3 answers some
 * failures with 200 and an error document; botocore reads those as a 500).
 */
public interface AttemptResponse {

    /**
     * The HTTP status, as the parser will see it.
     *
     * @return the status code received, or the one a hook set with {@link #statusCode(int)}
     */
    int statusCode();

    /**
     * Changes the status the parser sees.
     *
     * @param status the HTTP status code the parser (and the retry policy) should see, e.g. 500
     */
    void statusCode(int status);

    /**
     * The response headers (mutable).
     *
     * @return the headers, a live view: changes are seen by the parser
     */
    Headers headers();

    /**
     * The body, to be subscribed to once by whoever reads it last: the parser, or the caller of
     * a streaming output. Wrap it with {@link #body(Flow.Publisher)} rather than subscribing.
     *
     * @return the current body publisher (the received one, or a hook's replacement)
     */
    Flow.Publisher<ByteBuffer> body();

    /**
     * Replaces the body the parser (or the caller of a streaming output) will read.
     *
     * @param body the new body, usually a wrapper around {@link #body()}
     */
    void body(Flow.Publisher<ByteBuffer> body);

    /**
     * Reads the whole body (checked against its {@code Content-Length}) and keeps it, so that
     * the parser reads the same bytes afterwards. For hooks that must see a small body before it
     * is parsed; never for streaming outputs.
     *
     * @return a stage completing with the whole body, or failing when it could not be read in full
     */
    CompletionStage<byte[]> bufferBody();
}
