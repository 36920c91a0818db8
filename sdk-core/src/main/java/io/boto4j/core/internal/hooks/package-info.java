/**
 * The built-in hooks every client gets: request compression, flexible checksums, endpoint
 * discovery.
 *
 * <p><b>Tier: internal.</b> Not exported; no stability promise, the SDK's modules are released
 * together.
 */
package io.boto4j.core.internal.hooks;
