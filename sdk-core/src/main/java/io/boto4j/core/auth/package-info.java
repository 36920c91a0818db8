/**
 * Who a request is signed as and how: {@link io.boto4j.core.auth.Credentials} (shared with the
 * credential providers) and {@link io.boto4j.core.auth.SigningParams}, the per-request signing
 * context the signers in {@code io.boto4j.core.auth.signer} consume.
 */
package io.boto4j.core.auth;
