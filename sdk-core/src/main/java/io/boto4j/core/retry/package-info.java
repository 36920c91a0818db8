/**
 * Retry behaviour, transport-neutral and non-blocking, following botocore: the three modes
 * ({@link io.boto4j.core.retry.RetryMode}: legacy {@code _retry.json} policies, standard,
 * adaptive) behind {@link io.boto4j.core.retry.RetryStrategy} / {@link io.boto4j.core.retry.RetryTracker},
 * which return delays for the pipeline to schedule and never sleep;
 * {@link io.boto4j.core.retry.AttemptOutcome} and {@link io.boto4j.core.retry.ErrorClassifier}
 * for classification; {@link io.boto4j.core.retry.ClockSkew} for clock-skew correction;
 * {@link io.boto4j.core.retry.InvocationHeaders} for {@code amz-sdk-invocation-id} and
 * {@code amz-sdk-request}; {@link io.boto4j.core.retry.RetryConfig} for configuration.
 *
 * <p>How a pipeline drives one call (one {@code RetryStrategy} per client, created once):
 * <pre>{@code
 * RetryTracker retry = strategy.newCall();
 * String invocationId = InvocationHeaders.newInvocationId();
 * // per attempt n (1-based):
 * //   schedule after retry.beforeAttempt(); set amz-sdk-invocation-id and
 * //   amz-sdk-request = InvocationHeaders.sdkRequest(n, retry.maxAttempts(), ttlOrNull); sign; send
 * AttemptOutcome outcome = ...;   // response(...), serviceError(...) or failure(...), withBody(...)
 * if (outcome.isSuccess()) { retry.onSuccess(outcome); return result; }
 * // clock skew: ClockSkew.correction(outcome, now, offset) -> store the offset, resend once
 * Optional<Duration> delay = retry.retryAfter(outcome);   // empty: give up with this outcome
 * }</pre>
 *
 * <p><b>Tier: internal.</b> Exported only to the Vert.x layer (it marks its transport failures)
 * and the service plugins; users choose a retry mode and attempt count in {@code ClientConfig};
 * no stability promise, the SDK's modules are released together.
 */
package io.boto4j.core.retry;
