package io.boto4j.it.load;

import io.boto4j.async.AsyncClient;
import io.boto4j.async.AsyncResponse;
import io.boto4j.core.ServiceException;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;

import java.util.Arrays;
import java.util.Map;

/**
 * The calls of the mixed load, each checking its own outcome against a {@link CannedS3Server}:
 * per 20 calls, 11 GetObjects (the whole body read and compared), 5 PutObjects of 1 byte to
 * 64 KiB (the ETag must be the MD5 of what was sent), 2 GetObjects of a missing key (404
 * {@code NoSuchKey}, not retried), one GetObject and one PutObject answered 503 {@code SlowDown}
 * once (retried, then they succeed). The client must retry 503s (any retry mode does).
 */
final class MixedCalls {
    static final String BUCKET = "load";
    private static final byte[] OBJECT = CannedS3Server.object();
    private static final int MAX_PUT_SIZE = 64 * 1024;

    private final AsyncClient s3;

    MixedCalls(AsyncClient s3) {
        this.s3 = s3;
    }

    /**
     * Makes call number {@code n} of the mix; the future succeeds when the call had the expected
     * outcome, and fails with what went wrong otherwise.
     */
    Future<Void> call(long n) {
        int kind = (int) (n % 20);
        return switch (kind) {
            case 0, 1 -> missingKey("missing-" + n);
            case 2 -> get("flaky-" + n, 2);
            case 3 -> put("flaky-" + n, n, 2);
            case 4, 5, 6, 7, 8 -> put("obj-" + n, n, 1);
            default -> get("obj-" + n, 1);
        };
    }

    /** A GetObject of the canned object, whole body checked. */
    Future<Void> get(String key, int expectedAttempts) {
        return s3.callWithMetadata("GetObject", Map.of("Bucket", BUCKET, "Key", key))
                .compose(response -> response.body().readAll().map(body -> {
                    expect(Arrays.equals(OBJECT, body.getBytes()), key, "body differs from the served object: "
                            + body.length() + " bytes");
                    expectAttempts(response, expectedAttempts, key);
                    return null;
                }));
    }

    private Future<Void> put(String key, long n, int expectedAttempts) {
        byte[] body = putBody(n);
        String md5 = CannedS3Server.md5Hex(Buffer.buffer(body));
        return s3.callWithMetadata("PutObject", Map.of("Bucket", BUCKET, "Key", key, "Body", body)).map(response -> {
            expect(('"' + md5 + '"').equals(response.output().get("ETag")), key,
                    "ETag " + response.output().get("ETag") + " is not the MD5 of the " + body.length + " bytes sent");
            expectAttempts(response, expectedAttempts, key);
            return null;
        });
    }

    private Future<Void> missingKey(String key) {
        return s3.call("GetObject", Map.of("Bucket", BUCKET, "Key", key)).transform(ar -> {
            if (ar.succeeded()) {
                return Future.failedFuture(new AssertionError(key + ": a missing key was found"));
            }
            if (ar.cause() instanceof ServiceException e && e.statusCode() == 404 && "NoSuchKey".equals(e.errorCode())
                    && e.attempts() == 1) {
                return Future.succeededFuture();
            }
            return Future.failedFuture(new AssertionError(key + ": expected one 404 NoSuchKey, got " + ar.cause(),
                    ar.cause()));
        });
    }

    /** 1 byte to 64 KiB, a different size and content for each call. */
    private static byte[] putBody(long n) {
        int size = (int) (n * 7919 % MAX_PUT_SIZE) + 1;
        byte[] body = new byte[size];
        for (int i = 0; i < size; i++) {
            body[i] = (byte) (n + i * 31);
        }
        return body;
    }

    private static void expectAttempts(AsyncResponse response, int expected, String key) {
        expect(response.attempts() == expected, key, response.attempts() + " attempts, expected " + expected);
    }

    private static void expect(boolean condition, String key, String problem) {
        if (!condition) {
            throw new AssertionError(key + ": " + problem);
        }
    }
}
