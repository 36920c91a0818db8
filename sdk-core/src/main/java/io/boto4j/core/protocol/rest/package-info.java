/**
 * The REST protocols' bindings of members to the URI, query string, headers and payload.
 *
 * <p><b>Tier: internal.</b> Not exported; no stability promise, the SDK's modules are released
 * together.
 */
package io.boto4j.core.protocol.rest;
