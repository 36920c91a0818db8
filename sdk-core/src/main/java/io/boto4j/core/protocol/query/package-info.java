/**
 * The query and ec2 protocols.
 *
 * <p><b>Tier: internal.</b> Not exported; no stability promise, the SDK's modules are released
 * together.
 */
package io.boto4j.core.protocol.query;
