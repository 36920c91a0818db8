/**
 * Plumbing shared by the SDK's own {@link java.util.concurrent.Flow} operators (the aws-chunked
 * framing of request bodies, the decoding of event streams).
 *
 * <p><b>Tier: internal.</b> Not exported; no stability promise.
 */
package io.boto4j.core.internal.flow;
