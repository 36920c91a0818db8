package io.boto4j.core.http;

import java.util.Objects;

/** A fully read response as the protocol parsers consume it. */
public final class SdkHttpResponse {
    private final int statusCode;
    private final Headers headers;
    private final byte[] body;

    public SdkHttpResponse(int statusCode, Headers headers, byte[] body) {
        this.statusCode = statusCode;
        this.headers = Objects.requireNonNull(headers);
        this.body = body == null ? new byte[0] : body;
    }

    public int statusCode() {
        return statusCode;
    }

    public Headers headers() {
        return headers;
    }

    /** Never null; empty when the response had no body. */
    public byte[] body() {
        return body;
    }

    @Override
    public String toString() {
        return "SdkHttpResponse[" + statusCode + ", " + headers + ", " + body.length + " bytes]";
    }
}
