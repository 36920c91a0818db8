/**
 * What the protocols share: timestamps, text values, error codes, host prefixes, idempotency
 * tokens, bounded JSON parsing.
 *
 * <p><b>Tier: internal.</b> Exported only to the S3 plugin; no stability promise, the SDK's
 * modules are released together.
 */
package io.boto4j.core.protocol.support;
