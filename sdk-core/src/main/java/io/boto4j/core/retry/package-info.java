/**
 * Retry behaviour, transport-neutral and non-blocking, following botocore: the three modes
 * ({@link io.boto4j.core.retry.RetryMode}: legacy {@code _retry.json} policies, standard,
 * adaptive) behind {@link io.boto4j.core.retry.RetryStrategy} / {@link io.boto4j.core.retry.RetryTracker},
 * which return delays for the pipeline to schedule and never sleep;
 * {@link io.boto4j.core.retry.AttemptOutcome} and {@link io.boto4j.core.retry.ErrorClassifier}
 * for classification; {@link io.boto4j.core.retry.ClockSkew} for clock-skew correction;
 * {@link io.boto4j.core.retry.InvocationHeaders} for {@code amz-sdk-invocation-id} and
 * {@code amz-sdk-request}; {@link io.boto4j.core.retry.RetryConfig} for configuration.
 */
package io.boto4j.core.retry;
