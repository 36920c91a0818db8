package io.boto4j.core.protocol.support;

import io.boto4j.core.http.SdkHttpRequest;

import java.util.Set;

/**
 * {@code Content-Length} as botocore's prepared request carries it. botocore serializes without
 * it and its HTTP layer adds it after signing, for methods other than GET, HEAD and OPTIONS: the
 * body's length, or {@code 0} without a body. So it is sent but not signed, unless the caller set
 * it through an input member bound to the header (S3's {@code ContentLength}), which botocore
 * serializes, and so signs.
 */
public final class ContentLength {
    private static final String HEADER = "Content-Length";
    private static final Set<String> BODILESS = Set.of("GET", "HEAD", "OPTIONS");

    private ContentLength() {
    }

    /**
     * Sets the request's {@code Content-Length} from its in-memory body (0 without one) and marks
     * it unsigned; GET, HEAD and OPTIONS get none.
     *
     * @param request   the serialized request, changed in place
     * @param fromInput whether an input member set the header: then it stays as set, and signed
     * @return {@code request}, for chaining
     */
    public static SdkHttpRequest frame(SdkHttpRequest request, boolean fromInput) {
        if (fromInput) {
            return request; // the caller's value, as botocore sends it (the transport checks it)
        }
        byte[] body = request.bodyBytes();
        if (BODILESS.contains(request.method())) {
            return request; // botocore's HTTP layer adds none to GET, HEAD or OPTIONS, even with a body
        }
        request.headers().set(HEADER, Integer.toString(body == null ? 0 : body.length));
        return request.markUnsigned(HEADER);
    }

    /**
     * {@link #frame(SdkHttpRequest, boolean)} for protocols that bind no header to Content-Length.
     *
     * @param request the serialized request, changed in place
     * @return {@code request}, for chaining
     */
    public static SdkHttpRequest frame(SdkHttpRequest request) {
        return frame(request, false);
    }
}
