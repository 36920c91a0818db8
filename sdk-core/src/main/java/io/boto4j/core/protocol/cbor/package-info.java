/**
 * The smithy-rpc-v2-cbor protocol.
 *
 * <p><b>Tier: internal.</b> Not exported; no stability promise, the SDK's modules are released
 * together.
 */
package io.boto4j.core.protocol.cbor;
