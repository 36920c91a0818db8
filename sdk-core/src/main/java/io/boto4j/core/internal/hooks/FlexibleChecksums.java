package io.boto4j.core.internal.hooks;

import io.boto4j.core.auth.signer.StreamingPayload;
import io.boto4j.core.checksums.ChecksumMode;
import io.boto4j.core.checksums.ExpectedChecksum;
import io.boto4j.core.checksums.RequestChecksumRules;
import io.boto4j.core.checksums.ResponseChecksumRules;
import io.boto4j.core.checksums.TrailingChecksumBody;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.AttemptResponse;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.Hook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flexible checksums, both ways, for operations with the {@code httpChecksum} trait, as botocore
 * 1.43.107 sends and checks them (the rules are {@link RequestChecksumRules} and
 * {@link ResponseChecksumRules}):
 * <ul>
 *   <li>a request checksum in the {@code x-amz-checksum-<alg>} header for bodies in memory, or
 *       over https for streaming inputs (S3 PutObject, UploadPart) in an {@code aws-chunked}
 *       trailer computed while the body streams, signed as
 *       {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER};</li>
 *   <li>response validation: {@code ChecksumMode=ENABLED} asked for by default, and the body of
 *       a successful response checked against the best {@code x-amz-checksum-*} header it has,
 *       as it streams; a mismatch fails the call (or the caller's read of a streaming output)
 *       with {@link io.boto4j.core.ChecksumMismatchException}, never silently.</li>
 * </ul>
 * A stream sent over plain http gets no checksum: botocore reads such a stream twice to compute
 * a header first, which a one-shot stream does not allow.
 */
public final class FlexibleChecksums implements Hook {
    private static final ContextKey<Boolean> TRAILER = ContextKey.named("checksum in an aws-chunked trailer");
    /** S3's payload-signing rule looks for the checksum header the SDK computed. */
    private static final ContextKey<String> HEADER = ContextKey.named("checksum header computed");

    private final ChecksumMode calculation;
    private final ChecksumMode validation;
    /** Per operation, read from its model once rather than on every response. */
    private final Map<OperationModel, ResponseChecksumRules.Validation> responseValidation = new ConcurrentHashMap<>();

    /**
     * @param calculation {@code request_checksum_calculation}
     * @param validation  {@code response_checksum_validation}
     */
    public FlexibleChecksums(ChecksumMode calculation, ChecksumMode validation) {
        this.calculation = calculation;
        this.validation = validation;
    }

    @Override
    public boolean appliesTo(OperationModel operation) {
        return !operation.httpChecksum().isMissingNode() || operation.httpChecksumRequired();
    }

    @Override
    public int order() {
        // After compression: the checksum covers the bytes that go on the wire.
        return BUILT_IN_ORDER + 100;
    }

    @Override
    public CompletionStage<Void> beforeValidation(CallContext call) {
        if (!call.isPresign()) {
            ResponseChecksumRules.defaultValidationMode(call.operation(), call.input(), validation);
        }
        return CONTINUE;
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        SdkHttpRequest request = call.request();
        boolean https = "https".equalsIgnoreCase(request.endpoint().getScheme());
        Optional<RequestChecksumRules.Plan> plan = RequestChecksumRules.resolve(call.operation(), call.input(),
                request.headers(), calculation, https, call.isPresign());
        if (plan.isEmpty()) {
            return CONTINUE;
        }
        RequestChecksumRules.Plan p = plan.get();
        Headers headers = request.headers();
        RequestBody body = request.body();
        if (p.location() == RequestChecksumRules.Location.TRAILER) {
            TrailingChecksumBody trailing = TrailingChecksumBody.of(body == null ? RequestBody.of(new byte[0]) : body,
                    p.algorithm());
            request.body(trailing);
            trailing.applyHeaders(headers);
            call.put(TRAILER, Boolean.TRUE);
        } else if (body == null || request.bodyBytes() != null) {
            headers.set(p.algorithm().headerName(), p.algorithm().base64Of(body == null ? new byte[0] : request.bodyBytes()));
            call.put(HEADER, p.algorithm().headerName());
        } else {
            return CONTINUE; // a stream over http: see the class comment
        }
        if (p.algorithmHeader() != null) {
            headers.set(p.algorithmHeader(), p.algorithm().modelName());
        }
        return CONTINUE;
    }

    @Override
    public CompletionStage<Void> beforeSigning(AttemptContext attempt) {
        if (attempt.signing() == null) {
            return CONTINUE;
        }
        if (Boolean.TRUE.equals(attempt.call().get(TRAILER))) {
            // The body is not hashed: its checksum follows it in the trailer.
            attempt.signing().payloadHash(StreamingPayload.UNSIGNED_WITH_TRAILER.contentSha256());
        }
        String computed = attempt.call().get(HEADER);
        if (computed != null) {
            attempt.signing().checksumHeader(computed);
        }
        return CONTINUE;
    }

    @Override
    public CompletionStage<Void> onResponse(AttemptContext attempt) {
        AttemptResponse response = attempt.response();
        if (response.statusCode() / 100 != 2) {
            return CONTINUE;
        }
        CallContext call = attempt.call();
        List<io.boto4j.core.checksums.ChecksumAlgorithm> algorithms = responseValidation
                .computeIfAbsent(call.operation(), ResponseChecksumRules.Validation::of).algorithmsFor(call.input());
        if (!algorithms.isEmpty()) {
            Optional<ExpectedChecksum> expected = ResponseChecksumRules.select(response.headers(), algorithms);
            expected.ifPresent(e -> response.body(e.validating(response.body())));
        }
        return CONTINUE;
    }
}
