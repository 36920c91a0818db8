package io.boto4j.core.auth.signer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.SdkHttpRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * aws-chunked framing against the examples published in the Amazon S3 API reference
 * ("Signature Calculations for the Authorization Header: Transferring Payload in Multiple
 * Chunks" and "... Including Trailing Headers"): a PUT of 66,560 bytes of 'a' in a 64 KiB and
 * a 1 KiB chunk, credentials AKIAIOSFODNN7EXAMPLE, at 20130524T000000Z in us-east-1.
 */
class ChunkedSigningTest {
    private static final Credentials DOC_CREDENTIALS =
            Credentials.of("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    private static final Instant DOC_TIME = Instant.parse("2013-05-24T00:00:00Z");
    private static final int CHUNK = 64 * 1024;
    private static final byte[] PAYLOAD = filled(CHUNK + 1024);

    private static SigningParams docParams() {
        return SigningParams.builder().credentials(DOC_CREDENTIALS).region("us-east-1").signingName("s3")
                .signingTime(DOC_TIME).s3Rules().build();
    }

    private static SdkHttpRequest docRequest() {
        SdkHttpRequest request = new SdkHttpRequest("PUT", URI.create("https://s3.amazonaws.com"),
                "/examplebucket/chunkObject.txt");
        request.headers().set("x-amz-storage-class", "REDUCED_REDUNDANCY");
        return request;
    }

    @Test
    void signedChunksMatchThePublishedExample() {
        SdkHttpRequest request = docRequest();
        AwsChunkedEncoder encoder = AwsV4Signer.create().signChunked(request, docParams(),
                StreamingPayload.SIGNED, PAYLOAD.length, CHUNK, Map.of());

        assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;"
                + "x-amz-decoded-content-length;x-amz-storage-class, "
                + "Signature=4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9",
                request.headers().first("Authorization"));
        assertEquals("66824", request.headers().first("Content-Length"));
        assertEquals("66560", request.headers().first("x-amz-decoded-content-length"));
        assertEquals("aws-chunked", request.headers().first("Content-Encoding"));
        assertEquals("STREAMING-AWS4-HMAC-SHA256-PAYLOAD", request.headers().first("x-amz-content-sha256"));

        byte[] body = encodeAll(encoder, Map.of());
        byte[] expected = concat(
                ascii("10000;chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648\r\n"),
                filled(CHUNK),
                ascii("\r\n400;chunk-signature=0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497\r\n"),
                filled(1024),
                ascii("\r\n0;chunk-signature=b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9\r\n\r\n"));
        assertArrayEquals(expected, body);
        assertEquals(66824, body.length);
    }

    @Test
    void signedTrailerMatchesThePublishedExample() {
        // The trailer example's seed signature, from the same page; the chain starts there.
        AwsChunkedEncoder encoder = new AwsChunkedEncoder(StreamingPayload.SIGNED_WITH_TRAILER,
                SigningKeyCache.derive(DOC_CREDENTIALS.secretAccessKey(), "20130524", "us-east-1", "s3"),
                "20130524T000000Z", "20130524/us-east-1/s3/aws4_request",
                "106e2a8a18243abcf37539882f36619c00e2dfc72633413f02d3b74544bfeb8e");
        Map<String, String> trailer = Map.of("x-amz-checksum-crc32c", "sOO8/Q==");

        byte[] body = encodeAll(encoder, trailer);

        byte[] expected = concat(
                ascii("10000;chunk-signature=b474d8862b1487a5145d686f57f013e54db672cee1c953b3010fb58501ef5aa2\r\n"),
                filled(CHUNK),
                ascii("\r\n400;chunk-signature=1c1344b170168f8e65b41376b44b20fe354e373826ccbbe2c1d40a8cae51e5c7\r\n"),
                filled(1024),
                ascii("\r\n0;chunk-signature=2ca2aba2005185cf7159c6277faf83795951dd77a3a99e6e65d5c9f85863f992\r\n"
                        + "x-amz-checksum-crc32c:sOO8/Q==\r\n"
                        + "x-amz-trailer-signature:d81f82fc3505edab99d459891051a732e8730629a2e4a59689829ca17fe2e435\r\n"
                        + "\r\n"));
        assertArrayEquals(expected, body);
        assertEquals(AwsChunkedEncoder.encodedLength(StreamingPayload.SIGNED_WITH_TRAILER, PAYLOAD.length, CHUNK,
                Map.of("x-amz-checksum-crc32c", 8)), body.length);
    }

    @Test
    void unsignedTrailerIsFramedLikeBotocore() {
        SdkHttpRequest request = docRequest();
        request.headers().set("Content-Encoding", "gzip");
        Map<String, Integer> lengths = new LinkedHashMap<>();
        lengths.put("x-amz-checksum-crc32", 8);
        AwsChunkedEncoder encoder = AwsV4Signer.create().signChunked(request, docParams(),
                StreamingPayload.UNSIGNED_WITH_TRAILER, 3, CHUNK, lengths);

        assertEquals("gzip,aws-chunked", request.headers().first("Content-Encoding"));
        assertEquals("x-amz-checksum-crc32", request.headers().first("x-amz-trailer"));
        assertEquals("STREAMING-UNSIGNED-PAYLOAD-TRAILER", request.headers().first("x-amz-content-sha256"));
        byte[] body = concat(encoder.encodeChunk(ascii("abc")),
                encoder.finish(Map.of("x-amz-checksum-crc32", "NSRBwg==")));
        assertEquals("3\r\nabc\r\n0\r\nx-amz-checksum-crc32:NSRBwg==\r\n\r\n",
                new String(body, StandardCharsets.US_ASCII));
        assertEquals(Long.parseLong(request.headers().first("Content-Length")), body.length);
    }

    @Test
    void headerOnlyFramingMatchesFullFraming() {
        AwsChunkedEncoder full = AwsV4Signer.create().signChunked(docRequest(), docParams(),
                StreamingPayload.SIGNED, PAYLOAD.length, CHUNK, Map.of());
        AwsChunkedEncoder zeroCopy = AwsV4Signer.create().signChunked(docRequest(), docParams(),
                StreamingPayload.SIGNED, PAYLOAD.length, CHUNK, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < PAYLOAD.length; off += CHUNK) {
            int len = Math.min(CHUNK, PAYLOAD.length - off);
            java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(PAYLOAD, off, len);
            out.writeBytes(zeroCopy.chunkHeader(data));
            assertEquals(len, data.remaining(), "the data is not consumed");
            out.writeBytes(Arrays.copyOfRange(PAYLOAD, off, off + len));
            out.writeBytes(AwsChunkedEncoder.chunkEnd());
        }
        out.writeBytes(zeroCopy.finish(Map.of()));
        assertArrayEquals(encodeAll(full, Map.of()), out.toByteArray());
    }

    @Test
    void encodedLengthHandlesEmptyAndExactMultiples() {
        assertEquals(86, AwsChunkedEncoder.encodedLength(StreamingPayload.SIGNED, 0, CHUNK, Map.of()));
        AwsChunkedEncoder unsigned = AwsChunkedEncoder.unsigned();
        byte[] twoChunks = filled(2 * 8192);
        byte[] body = concat(unsigned.encodeChunk(twoChunks, 0, 8192), unsigned.encodeChunk(twoChunks, 8192, 8192),
                unsigned.finish(Map.of()));
        assertEquals(AwsChunkedEncoder.encodedLength(StreamingPayload.UNSIGNED_WITH_TRAILER, twoChunks.length,
                8192, Map.of()), body.length);
    }

    @Test
    void encoderRefusesMisuse() {
        AwsChunkedEncoder encoder = AwsChunkedEncoder.unsigned();
        assertThrows(IllegalArgumentException.class, () -> encoder.encodeChunk(new byte[0]));
        encoder.finish(Map.of());
        assertThrows(IllegalStateException.class, () -> encoder.encodeChunk(new byte[1]));
        assertThrows(IllegalStateException.class, () -> encoder.finish(Map.of()));
        assertEquals("AwsChunkedEncoder[UNSIGNED_WITH_TRAILER, finished]", encoder.toString());
    }

    private static byte[] encodeAll(AwsChunkedEncoder encoder, Map<String, String> trailer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < PAYLOAD.length; off += CHUNK) {
            out.writeBytes(encoder.encodeChunk(PAYLOAD, off, Math.min(CHUNK, PAYLOAD.length - off)));
        }
        out.writeBytes(encoder.finish(trailer));
        return out.toByteArray();
    }

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'a');
        return b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
