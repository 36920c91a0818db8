package io.boto4j.core.protocol;

import io.boto4j.core.ServiceException;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.protocol.rest.RestXmlProtocolCodec;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The service error in a non-2xx answer to a presigned URL, for the layers' helpers that send
 * such URLs. Whoever fetches a presigned URL may not have the client that signed it, so the
 * answer is read without the operation's model, as the XML error AWS sends to presigned
 * requests (S3's {@code <Error>}, the query protocol's {@code <ErrorResponse>}): its code and
 * message, else the status and its reason phrase, as botocore names an error without a body.
 * The reading is the rest-xml codec's own; no second parser.
 */
public final class PresignedUrlErrors {
    /**
     * How much of an error answer is worth reading: S3's error documents are well under a
     * kilobyte. Helpers read at most this many bytes and leave the rest unread, so that a
     * broken or hostile server cannot make them buffer without bound.
     */
    public static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

    private PresignedUrlErrors() {
    }

    /**
     * The exception a non-2xx answer to a presigned URL fails with: a {@link ServiceException}
     * whose {@link ServiceException#service() service} is the one the URL was signed for (its
     * credential scope; the host when it has none) and whose
     * {@link ServiceException#operation() operation} names the request ({@code presigned GET}),
     * with the status, the error code and message, and the request ids. The URL itself, which
     * holds the signature, appears nowhere in it.
     *
     * @param url     the presigned URL that was sent
     * @param method  the HTTP method it was sent with ({@code GET}, {@code PUT})
     * @param status  the answer's status
     * @param headers the answer's headers
     * @param body    the start of the answer's body (up to {@link #MAX_ERROR_BODY_BYTES}), or null
     * @return the exception, to be thrown or to fail a future with
     * @throws NullPointerException when {@code url}, {@code method} or {@code headers} is null
     */
    public static ServiceException exception(URI url, String method, int status, Headers headers, byte[] body) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
        ServiceErrorDetails error = RestXmlProtocolCodec.unmodeledError(
                new SdkHttpResponse(status, Objects.requireNonNull(headers, "headers"), body));
        return new ServiceException(signingService(url), "presigned " + method, error.code(), error.message(), status,
                error.requestId(), error.extendedRequestId(), null, Map.of(), 1);
    }

    /**
     * The service a presigned URL was signed for: the fourth part of a SigV4 credential scope
     * ({@code AKID/20250101/us-east-1/s3/aws4_request}), {@code s3} for S3's legacy query
     * signature ({@code AWSAccessKeyId}), else the URL's host.
     */
    static String signingService(URI url) {
        String query = url.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (name.equalsIgnoreCase("X-Amz-Credential") && eq > 0) {
                    String[] scope = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).split("/");
                    if (scope.length == 5 && !scope[3].isEmpty()) {
                        return scope[3];
                    }
                } else if (name.equals("AWSAccessKeyId")) {
                    return "s3";
                }
            }
        }
        return String.valueOf(url.getHost());
    }
}
