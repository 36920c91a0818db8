package io.boto4j.core.hostile;

import io.boto4j.core.fuzz.RealModels;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.protocol.Protocols;
import io.boto4j.core.protocol.ResponseLimits;
import io.boto4j.core.protocol.ResponseParseException;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.transport.Publishers;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The named attacks on the response parsers, one by one, through the codecs of real operations:
 * each is refused with a {@link ResponseParseException} that says why, quickly and in bounded
 * memory; what stays inside the bounds still parses, on a thread with a small stack.
 */
class HostileResponsesTest {
    private static final OperationModel STS_ASSUME_ROLE = RealModels.operations("sts", "AssumeRole").get(0);
    private static final OperationModel S3_LIST = RealModels.operations("s3", "ListObjectsV2").get(0);
    private static final OperationModel DDB_GET_ITEM = RealModels.operations("dynamodb", "GetItem").get(0);
    private static final OperationModel DDB_DESCRIBE_TABLE = RealModels.operations("dynamodb", "DescribeTable").get(0);
    private static final OperationModel CW_GET_METRIC_DATA = RealModels.operations("cloudwatch", "GetMetricData").get(0);

    // ------------------------------------------------------------------------------------- XML

    @Test
    void xmlEntityBombIsRefusedWithoutExpanding() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<AssumeRoleResponse><AssumeRoleResult><PackedPolicySize>&lol3;</PackedPolicySize>"
                + "</AssumeRoleResult></AssumeRoleResponse>";
        assertRefused("document type declarations are not accepted", xml(STS_ASSUME_ROLE, bomb));
    }

    @Test
    void xmlExternalEntitiesAreNeverResolved() {
        for (String doctype : List.of("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/evil.dtd\"> %p;]>",
                "<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/evil.dtd\">")) {
            String body = doctype + "<ListBucketResult><Name>&x;</Name></ListBucketResult>";
            ResponseParseException e = assertThrows(ResponseParseException.class,
                    () -> Protocols.forName("rest-xml").parse(S3_LIST, response(200, body)));
            assertTrue(!e.getMessage().contains("root:"), "file contents in: " + e.getMessage());
        }
    }

    @Test
    void undeclaredEntityReferencesAreRefused() {
        assertRefused("referenced, but not declared",
                xml(S3_LIST, "<ListBucketResult><Name>&x;</Name></ListBucketResult>"));
    }

    @Test
    void xmlNestingIsBounded() {
        String deep = "<a>".repeat(ResponseLimits.MAX_NESTING_DEPTH + 1) + "</a>".repeat(ResponseLimits.MAX_NESTING_DEPTH + 1);
        assertRefused("maxElementDepth", xml(S3_LIST, "<ListBucketResult>" + deep + "</ListBucketResult>"));
        String deepest = "<a>".repeat(ResponseLimits.MAX_NESTING_DEPTH - 2) + "</a>".repeat(ResponseLimits.MAX_NESTING_DEPTH - 2);
        onSmallStack(() -> Protocols.forName("rest-xml").parse(S3_LIST,
                response(200, "<ListBucketResult>" + deepest + "<Name>b</Name></ListBucketResult>")));
    }

    @Test
    void xmlNumbersAndTimestampsPastTheLimitsAreRefused() {
        assertRefused("exceeds the limit of 1000",
                xml(S3_LIST, "<ListBucketResult><KeyCount>" + "9".repeat(5000) + "</KeyCount></ListBucketResult>"));
        assertRefused("cannot read", xml(S3_LIST,
                "<ListBucketResult><Contents><LastModified>1e999999999</LastModified></Contents></ListBucketResult>"));
    }

    // ------------------------------------------------------------------------------------ JSON

    @Test
    void jsonNestingIsBounded() {
        String deep = "[".repeat(100_000);
        assertRefused("nesting depth", json(DDB_GET_ITEM, "{\"Item\": {\"a\": {\"L\": " + deep + "}}}"));
    }

    @Test
    void recursiveShapesParseToTheDepthLimitOnASmallStack() {
        // AttributeValue nests in itself through M: two JSON levels per level of the value.
        int levels = (ResponseLimits.MAX_NESTING_DEPTH - 4) / 2;
        String item = "{\"S\": \"leaf\"}";
        for (int i = 0; i < levels; i++) {
            item = "{\"M\": {\"k\": " + item + "}}";
        }
        String body = "{\"Item\": {\"a\": " + item + "}}";
        onSmallStack(() -> Protocols.forName("json").parse(DDB_GET_ITEM, response(200, body)));
    }

    @Test
    void jsonNumbersPastTheLimitAreRefused() {
        assertRefused("Number value length", json(DDB_DESCRIBE_TABLE,
                "{\"Table\": {\"ItemCount\": " + "9".repeat(1001) + "}}"));
        assertRefused("exceeds the limit of 1000", json(DDB_DESCRIBE_TABLE,
                "{\"Table\": {\"ItemCount\": \"" + "9".repeat(1001) + "\"}}"));
    }

    @Test
    void hugeExponentsInTimestampsCostNothing() {
        Map<String, Object> tiny = Protocols.forName("json").parse(DDB_DESCRIBE_TABLE,
                response(200, "{\"Table\": {\"CreationDateTime\": 1e-999999999}}"));
        assertEquals(Instant.EPOCH, ((Map<?, ?>) tiny.get("Table")).get("CreationDateTime"));
        assertRefused("outside the range of an instant",
                json(DDB_DESCRIBE_TABLE, "{\"Table\": {\"CreationDateTime\": 1e999999999}}"));
    }

    @Test
    void stringsPastTheLimitAreRefused() {
        String huge = "{\"Table\": {\"TableName\": \"" + "x".repeat(ResponseLimits.MAX_STRING_LENGTH + 1) + "\"}}";
        assertRefused("String value length", json(DDB_DESCRIBE_TABLE, huge));
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedByName() {
        assertRefused("is a JSON string", json(DDB_DESCRIBE_TABLE, "{\"Table\": \"not a structure\"}"));
        assertRefused("For input string", json(DDB_DESCRIBE_TABLE, "{\"Table\": {\"ItemCount\": \"many\"}}"));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = HexFormat.of().parseHex("7b225461626c65223a207b225461626c654e616d65223a2022c328227d7d");
        assertRefused("Invalid UTF-8", () -> Protocols.forName("json").parse(DDB_DESCRIBE_TABLE,
                new SdkHttpResponse(200, new Headers(), body)));
    }

    // ------------------------------------------------------------------------------------ CBOR

    @Test
    void cborNestingIsBounded() {
        byte[] deep = new byte[100_000];
        java.util.Arrays.fill(deep, (byte) 0x81); // an array of one, 100,000 times
        assertRefused("nesting depth", cbor(CW_GET_METRIC_DATA, deep));
    }

    @Test
    void cborDeclaredLengthsAreNotTrusted() {
        // a text string announcing 2^63-1 bytes, a byte string 2^31-1, an array 2^31-1 items
        for (String hex : List.of("7b7fffffffffffffff41", "5a7fffffff41", "9a7fffffff01")) {
            assertRefused("", cbor(CW_GET_METRIC_DATA, HexFormat.of().parseHex(hex)));
        }
    }

    @Test
    void cborBignumsAndDecimalsPastTheLimitsAreRefused() {
        ByteArrayOutputStream bignum = new ByteArrayOutputStream();
        bignum.writeBytes(HexFormat.of().parseHex("a1694e657874546f6b656ec25a000186a0")); // {"NextToken": 2(bytes(100000))}
        bignum.writeBytes(new byte[100_000]);
        assertRefused("Number value length", cbor(CW_GET_METRIC_DATA, bignum.toByteArray()));
        // {"MetricDataResults": [{"Timestamps": [4([2147483646, 1])]}]}: 1e2147483646 seconds
        byte[] decimal = HexFormat.of().parseHex("a1714d657472696344617461526573756c7473"
                + "81a16a54696d657374616d707381c4821a7ffffffe01");
        assertRefused("outside the range of an instant", cbor(CW_GET_METRIC_DATA, decimal));
    }

    // ---------------------------------------------------------------------------- error bodies

    @Test
    void anUnreadableErrorBodyStillGivesTheStatusAsTheError() {
        ServiceErrorDetails e = Protocols.forName("json").parseError(DDB_GET_ITEM,
                response(503, "{\"__type\": \"ProvisionedThroughputExceededException\", \"message\": "
                        + "[".repeat(10_000)));
        assertEquals("503", e.code());
        ServiceErrorDetails typed = Protocols.forName("json").parseError(DDB_GET_ITEM, response(400,
                "{\"__type\": \"ResourceNotFoundException\", \"message\": {\"not\": \"text\"}}"));
        assertEquals("ResourceNotFoundException", typed.code(), "the code survives a bad field");
    }

    // ----------------------------------------------------------------------------- body size

    @Test
    void aBodyAnnouncingMoreThanTheLimitIsNotRead() {
        AtomicLong requested = new AtomicLong();
        Flow.Publisher<ByteBuffer> body = s -> s.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                requested.addAndGet(n);
            }

            @Override
            public void cancel() {
            }
        });
        CompletableFuture<byte[]> read = Publishers.aggregate(body, ResponseLimits.MAX_BUFFERED_BODY_BYTES + 1);
        assertParseFailure("announces", read);
        assertEquals(0, requested.get(), "nothing read");
    }

    @Test
    void aBodyThatGoesOnPastTheLimitIsCutOff() {
        AtomicLong sent = new AtomicLong();
        Flow.Publisher<ByteBuffer> endless = s -> s.onSubscribe(new Flow.Subscription() {
            private boolean cancelled;

            @Override
            public void request(long n) {
                for (int i = 0; i < 100 && !cancelled; i++) {
                    sent.addAndGet(1024);
                    s.onNext(ByteBuffer.allocate(1024));
                }
            }

            @Override
            public void cancel() {
                cancelled = true;
            }
        });
        assertParseFailure("goes on past 10000 bytes", Publishers.aggregate(endless, -1, 10_000));
        assertTrue(sent.get() <= 11 * 1024, "stopped at the limit, sent " + sent.get());
    }

    // ---------------------------------------------------------------------------------- helpers

    private static void assertParseFailure(String expected, CompletableFuture<byte[]> read) {
        ExecutionException e = assertThrows(ExecutionException.class, read::get);
        ResponseParseException cause = assertInstanceOf(ResponseParseException.class, e.getCause());
        assertTrue(cause.getMessage().contains(expected), cause.getMessage());
    }

    private static org.junit.jupiter.api.function.Executable xml(OperationModel op, String body) {
        String protocol = op.service().protocols().get(0);
        return () -> Protocols.forName(protocol).parse(op, response(200, body));
    }

    private static org.junit.jupiter.api.function.Executable json(OperationModel op, String body) {
        return () -> Protocols.forName("json").parse(op, response(200, body));
    }

    private static org.junit.jupiter.api.function.Executable cbor(OperationModel op, byte[] body) {
        return () -> Protocols.forName("smithy-rpc-v2-cbor").parse(op, new SdkHttpResponse(200, new Headers(), body));
    }

    private static void assertRefused(String expected, org.junit.jupiter.api.function.Executable parse) {
        long started = System.nanoTime();
        ResponseParseException e = assertThrows(ResponseParseException.class, parse);
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
        assertTrue(e.getMessage().length() < 1000, "a bounded message: " + e.getMessage().length() + " characters");
    }

    private static SdkHttpResponse response(int status, String body) {
        return new SdkHttpResponse(status, new Headers(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs {@code parse} on a thread with a 256 KiB stack (a quarter of the JVM's default). */
    private static void onSmallStack(Runnable parse) {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                parse.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (failure[0] != null) {
            throw new AssertionError("failed on a small stack", failure[0]);
        }
    }
}
