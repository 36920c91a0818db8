/**
 * The retry modes' machinery (not API): botocore's retry quota, exponential backoff, CUBIC
 * rate calculator, rate clocker and token bucket, and the legacy {@code _retry.json} reader.
 */
package io.boto4j.core.internal.retry;
