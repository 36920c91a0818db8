/**
 * JSON written byte for byte as Python writes it, where botocore compatibility needs it.
 *
 * <p><b>Tier: internal.</b> Exported only to the S3 plugin; no stability promise, the SDK's
 * modules are released together.
 */
package io.boto4j.core.internal.json;
