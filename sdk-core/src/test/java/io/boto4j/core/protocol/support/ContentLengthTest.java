package io.boto4j.core.protocol.support;

import io.boto4j.core.http.SdkHttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentLengthTest {

    /** As botocore's prepared request: the body's length, 0 for a bodiless method that may carry one. */
    @ParameterizedTest(name = "{0} body ''{1}'' -> {2}")
    @CsvSource(nullValues = "none", value = {
        "GET,     none,  none",
        "HEAD,    none,  none",
        "OPTIONS, none,  none",
        "DELETE,  none,  0",
        "POST,    none,  0",
        "PUT,     abc,   3",
        "GET,     abc,   none",
    })
    void lengthOfTheBody(String method, String body, String expected) {
        SdkHttpRequest request = new SdkHttpRequest(method, URI.create("https://example.com"), "/");
        if (body != null) {
            request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        ContentLength.frame(request);
        assertEquals(expected, request.headers().first("Content-Length"));
        assertEquals(expected != null, request.isUnsigned("Content-Length"), "added after signing in botocore");
    }

    /** A length from an input member (S3's ContentLength) is botocore's to send as given, and signed. */
    @ParameterizedTest(name = "from an input member: {0}")
    @CsvSource({"true", "false"})
    void aLengthFromAnInputMemberStaysAsSetAndSigned(boolean fromInput) {
        SdkHttpRequest request = new SdkHttpRequest("PUT", URI.create("https://example.com"), "/")
                .body(new byte[5]);
        request.headers().set("Content-Length", fromInput ? "7" : "0");
        ContentLength.frame(request, fromInput);
        assertEquals(fromInput ? "7" : "5", request.headers().first("Content-Length"));
        assertEquals(!fromInput, request.isUnsigned("Content-Length"));
    }
}
