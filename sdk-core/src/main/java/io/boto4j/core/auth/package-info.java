/**
 * Who a request is signed as and how: {@link io.boto4j.core.auth.Credentials} (shared with the
 * credential providers) and {@link io.boto4j.core.auth.SigningParams}, the per-request signing
 * context the signers in {@code io.boto4j.core.auth.signer} consume.
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version. {@link io.boto4j.core.auth.SigningParams} is also part of the plugin
 * SPI (hooks that change how a request is signed).
 */
package io.boto4j.core.auth;
