package io.boto4j.core.http;

import java.util.Objects;

/** A fully read response as the protocol parsers consume it. */
public final class SdkHttpResponse {
    private final int statusCode;
    private final Headers headers;
    private final byte[] body;

    /**
     * A response read to its end.
     *
     * @param statusCode the HTTP status, e.g. 200
     * @param headers    the response's headers, kept (not copied)
     * @param body       the whole body, kept (not copied); null for none
     * @throws NullPointerException when {@code headers} is null
     */
    public SdkHttpResponse(int statusCode, Headers headers, byte[] body) {
        this.statusCode = statusCode;
        this.headers = Objects.requireNonNull(headers);
        this.body = body == null ? new byte[0] : body;
    }

    /**
     * The HTTP status.
     *
     * @return the status code, e.g. 404
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The response's headers.
     *
     * @return the headers given to the constructor (live, not a copy)
     */
    public Headers headers() {
        return headers;
    }

    /**
     * The whole body.
     *
     * @return the body's own array (not a copy); never null, empty when the response had no body
     */
    public byte[] body() {
        return body;
    }

    @Override
    public String toString() {
        return "SdkHttpResponse[" + statusCode + ", " + headers + ", " + body.length + " bytes]";
    }
}
