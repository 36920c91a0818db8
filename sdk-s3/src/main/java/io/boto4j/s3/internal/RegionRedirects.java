package io.boto4j.s3.internal;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.AttemptResponse;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.protocol.ServiceErrorDetails;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * botocore's {@code S3RegionRedirectorv2}: a request for a bucket that lives in another region
 * than the client's is answered with a redirect or a signing error ({@link WrongRegion#isRedirect});
 * the call then learns the bucket's region, from the {@code x-amz-bucket-region} header, else
 * the error's {@code Region}, else a HeadBucket of its own, and runs once more from endpoint
 * resolution with that region (a new endpoint, signed for the region the rules give). The region
 * is cached per bucket for the client's life, so later calls for the bucket go to the right
 * region at once.
 *
 * <p>One instance per client (botocore keeps its cache on the client). Calls without a
 * {@code Bucket}, and buckets given as ARNs (whose region is in the ARN), are left alone; a call is
 * redirected at most once.
 *
 * <p>One difference: botocore would answer a HeadBucket that is redirected without saying where
 * with another HeadBucket, recursively; here HeadBucket never looks itself up.
 */
final class RegionRedirects implements Hook {
    private static final String HEAD_BUCKET = "HeadBucket";
    /** The buffered error body of the call's latest attempt, when it may name a region. */
    private static final ContextKey<byte[]> ERROR_BODY = ContextKey.named("redirect error body");
    private static final ContextKey<Boolean> REDIRECTED = ContextKey.named("redirected to the bucket's region");

    private final Map<String, String> regionByBucket = new ConcurrentHashMap<>();
    /** HeadBucket calls in flight to learn a bucket's region: one per bucket, however many calls wait. */
    private final Map<String, Lookup> lookups = new ConcurrentHashMap<>();

    /** A HeadBucket in flight, and the region header its attempts have shown so far. */
    private static final class Lookup {
        final CompletableFuture<String> region = new CompletableFuture<>();
        volatile String seen;
    }

    @Override
    public boolean appliesTo(OperationModel operation) {
        return "s3".equals(operation.service().endpointPrefix()) && operation.inputShape() != null
                && operation.inputShape().member("Bucket") != null;
    }

    /**
     * After {@link PresignAddressing}, as botocore's {@code redirect_from_cache} runs after its
     * global-endpoint choice: a known region wins over {@code aws-global}.
     */
    @Override
    public CompletionStage<Void> beforeEndpoint(CallContext call) {
        String bucket = bucket(call);
        String region = bucket == null ? null : regionByBucket.get(bucket);
        if (region != null) {
            call.endpointParameters().put("Region", region);
        }
        return CONTINUE;
    }

    /** Keeps a small error body that may name the region (the parser reads it whole anyway). */
    @Override
    public CompletionStage<Void> onResponse(AttemptContext attempt) {
        CallContext call = attempt.call();
        call.put(ERROR_BODY, null);
        AttemptResponse response = attempt.response();
        int status = response.statusCode();
        boolean mayNameRegion = status == 301 || status == 302 || status == 307 || status == 400;
        if (!mayNameRegion || response.headers().contains(WrongRegion.BUCKET_REGION_HEADER)
                || !redirectable(call)) {
            return CONTINUE;
        }
        return response.bufferBody().thenAccept(body -> call.put(ERROR_BODY, body));
    }

    @Override
    public CompletionStage<Void> afterAttempt(AttemptContext attempt) {
        AttemptResponse response = attempt.response();
        CallContext call = attempt.call();
        if (response == null) {
            return CONTINUE; // no answer: nothing says where the bucket is
        }
        String operation = call.operation().name();
        String headerRegion = response.headers().first(WrongRegion.BUCKET_REGION_HEADER);
        if (operation.equals(HEAD_BUCKET)) {
            noteLookupAnswer(bucket(call), headerRegion);
        }
        if (!redirectable(call)) {
            return CONTINUE;
        }
        ServiceErrorDetails error = attempt.serviceError();
        String bodyRegion = headerRegion == null ? WrongRegion.errorRegion(call.get(ERROR_BODY)) : null;
        if (!WrongRegion.isRedirect(operation, response.statusCode(), error == null ? null : error.code(),
                headerRegion != null, bodyRegion != null)) {
            return CONTINUE;
        }
        String bucket = bucket(call);
        CompletionStage<String> region = headerRegion != null ? CompletableFuture.completedFuture(headerRegion)
                : bodyRegion != null ? CompletableFuture.completedFuture(bodyRegion)
                : operation.equals(HEAD_BUCKET) ? CompletableFuture.completedFuture(null)
                : headBucketRegion(call, bucket);
        return region.thenAccept(found -> {
            if (found == null) {
                return; // the error stands, as in botocore
            }
            String checked = WrongRegion.checked(found, bucket);
            regionByBucket.put(bucket, checked);
            call.endpointParameters().put("Region", checked);
            call.put(REDIRECTED, true);
            attempt.restart();
        });
    }

    private static boolean redirectable(CallContext call) {
        String bucket = bucket(call);
        return bucket != null && !Arns.isArn(bucket) && call.get(REDIRECTED) == null;
    }

    private static String bucket(CallContext call) {
        return call.input().get("Bucket") instanceof String b ? b : null;
    }

    /** The bucket's region header, from a HeadBucket through this client's own pipeline. */
    private CompletionStage<String> headBucketRegion(CallContext call, String bucket) {
        Lookup lookup = new Lookup();
        Lookup running = lookups.putIfAbsent(bucket, lookup);
        if (running != null) {
            return running.region;
        }
        // Success or failure (S3 sends the header with a 403 too): whatever header its attempts showed.
        call.runtime().invoke(HEAD_BUCKET, Map.of("Bucket", bucket)).whenComplete((result, failure) -> {
            lookups.remove(bucket, lookup);
            lookup.region.complete(lookup.seen);
        });
        return lookup.region;
    }

    private void noteLookupAnswer(String bucket, String headerRegion) {
        Lookup lookup = bucket == null ? null : lookups.get(bucket);
        if (lookup != null && headerRegion != null) {
            lookup.seen = headerRegion;
        }
    }
}
