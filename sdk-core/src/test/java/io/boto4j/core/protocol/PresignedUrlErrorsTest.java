package io.boto4j.core.protocol;

import io.boto4j.core.ServiceException;
import io.boto4j.core.http.Headers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The errors of answers to presigned URLs, read without a model. */
class PresignedUrlErrorsTest {
    private static final URI SIGV4 = URI.create("https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIDEXAMPLE%2F20250101%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature=abc123");

    private static ServiceException error(URI url, int status, Headers headers, String body) {
        return PresignedUrlErrors.exception(url, "GET", status, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void s3sErrorDocumentGivesCodeMessageAndIds() {
        ServiceException e = error(SIGV4, 403, new Headers(), "<?xml version=\"1.0\"?><Error>"
                + "<Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match"
                + "</Message><RequestId>REQ1</RequestId><HostId>HOST1</HostId></Error>");
        assertEquals("SignatureDoesNotMatch", e.errorCode());
        assertEquals("The request signature we calculated does not match", e.errorMessage());
        assertEquals("REQ1", e.requestId());
        assertEquals("HOST1", e.extendedRequestId());
        assertEquals(403, e.statusCode());
        assertEquals("s3", e.service());
        assertEquals("presigned GET", e.operation());
        assertNull(e.errorShape());
        assertFalse(e.getMessage().contains("abc123") || e.getMessage().contains("AKIDEXAMPLE"), e.getMessage());
    }

    @Test
    void theHeadersRequestIdsWinAsInTheCodec() {
        Headers headers = new Headers().add("x-amz-request-id", "FROM-HEADER").add("x-amz-id-2", "HOST-HEADER");
        ServiceException e = error(SIGV4, 404, headers,
                "<Error><Code>NoSuchKey</Code><RequestId>FROM-BODY</RequestId></Error>");
        assertEquals("NoSuchKey", e.errorCode());
        assertEquals("FROM-HEADER", e.requestId());
        assertEquals("HOST-HEADER", e.extendedRequestId());
    }

    @Test
    void theQueryProtocolsEnvelopeIsReadToo() {
        URI sts = URI.create("https://sts.amazonaws.com/?Action=GetCallerIdentity"
                + "&X-Amz-Credential=AKIDEXAMPLE%2F20250101%2Fus-east-1%2Fsts%2Faws4_request");
        ServiceException e = error(sts, 403, new Headers(), "<ErrorResponse><Error><Type>Sender</Type>"
                + "<Code>SignatureDoesNotMatch</Code><Message>no</Message></Error><RequestId>R</RequestId>"
                + "</ErrorResponse>");
        assertEquals("SignatureDoesNotMatch", e.errorCode());
        assertEquals("sts", e.service());
        assertEquals("R", e.requestId());
    }

    @Test
    void noUsableBodyNamesTheErrorAfterTheStatus() {
        assertEquals("403", error(SIGV4, 403, new Headers(), null).errorCode());
        assertEquals("Forbidden", error(SIGV4, 403, new Headers(), null).errorMessage());
        assertEquals("502", error(SIGV4, 502, new Headers(), "<html>Bad gateway</html>").errorCode());
        assertEquals("500", error(SIGV4, 500, new Headers(), "<Error><Code>Internal").errorCode(), "cut short");
    }

    @Test
    void theServiceComesFromTheSignatureElseTheHost() {
        assertEquals("s3", PresignedUrlErrors.signingService(SIGV4));
        assertEquals("s3", PresignedUrlErrors.signingService(
                URI.create("https://b.s3.amazonaws.com/k?AWSAccessKeyId=AKID&Expires=1&Signature=x")));
        assertEquals("example.com", PresignedUrlErrors.signingService(URI.create("https://example.com/k?a=b")));
        assertEquals("example.com", PresignedUrlErrors.signingService(
                URI.create("https://example.com/k?X-Amz-Credential=not-a-scope")));
    }
}
