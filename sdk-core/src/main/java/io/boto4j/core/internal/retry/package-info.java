/**
 * The retry modes' machinery (not API): botocore's retry quota, exponential backoff, CUBIC
 * rate calculator, rate clocker and token bucket, and the legacy {@code _retry.json} reader.
 *
 * <p><b>Tier: internal.</b> Not exported; no stability promise, the SDK's modules are released
 * together.
 */
package io.boto4j.core.internal.retry;
