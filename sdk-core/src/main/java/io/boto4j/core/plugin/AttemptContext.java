package io.boto4j.core.plugin;

import io.boto4j.core.SdkException;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.protocol.ServiceErrorDetails;

/**
 * One attempt of a call (a call makes more than one when it is retried): the copy of the request
 * this attempt sends, how it is signed, and what came back.
 */
public interface AttemptContext {

    /**
     * The call this attempt belongs to.
     *
     * @return the call's context, shared by all of its attempts
     */
    CallContext call();

    /**
     * This attempt's number within its call.
     *
     * @return 1 for the first attempt, 2 for the first retry, and so on
     */
    int number();

    /**
     * This attempt's request: a copy of the call's, signed after {@link Hook#beforeSigning}.
     *
     * @return the request this attempt sends; mutable (changes after signing are not signed)
     */
    SdkHttpRequest request();

    /**
     * In {@link Hook#beforeSigning}: how the request will be signed (credentials, region, signing
     * name, payload hash, ...), to adjust; null when the call is not signed.
     *
     * @return the signing parameters' builder, or null when the call is not signed
     */
    SigningParams.Builder signing();

    /**
     * From {@link Hook#onResponse} on: the response, or null when the attempt failed before one.
     *
     * @return the raw response, or null before {@link Hook#onResponse} and when none came
     */
    AttemptResponse response();

    /**
     * In {@link Hook#afterAttempt}: the service error the response was parsed into, or null.
     *
     * @return the parsed service error, or null when the service answered with success or not at all
     */
    ServiceErrorDetails serviceError();

    /**
     * In {@link Hook#afterAttempt}: the failure without a service answer (connection, timeout), or null.
     *
     * @return the failure, or null when the attempt got a response
     */
    Throwable failure();

    /**
     * From {@link Hook#onResponse} on: the response failed an integrity check the service offers
     * beside the protocol's (DynamoDB's {@code x-amz-crc32}). Whatever its body parses into, the
     * attempt then fails with {@code failure}, and the retry policy sees a checksum mismatch
     * ({@link io.boto4j.core.retry.AttemptOutcome#checksumMismatch()}), which botocore's policies
     * retry for DynamoDB; the call ends with {@code failure} when no retry follows.
     *
     * @param failure the exception the attempt (and, without a retry, the call) fails with,
     *                typically a {@link io.boto4j.core.ChecksumMismatchException}
     * @throws IllegalStateException when the attempt has no response
     */
    void failChecksum(SdkException failure);

    /**
     * In {@link Hook#afterAttempt} of a failed attempt: run the call again from endpoint
     * resolution, at once and outside the retry policy (S3's region redirect after updating
     * {@link CallContext#endpointParameters()} through its own state). Honoured once per call, and
     * only when the body can be sent again.
     */
    void restart();
}
