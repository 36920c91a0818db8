/**
 * The json and rest-json bodies.
 *
 * <p><b>Tier: internal.</b> Exported only to the service plugins (documents); no stability
 * promise, the SDK's modules are released together.
 */
package io.boto4j.core.protocol.json;
