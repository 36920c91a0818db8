/**
 * Typed views: a caller's interface bound to a service by a dynamic proxy ({@code
 * SyncClient.view}, {@code AsyncClient.view}).
 *
 * <p><b>Tier: internal.</b> Exported only to the two layers, which bind views with their own
 * conventions; no stability promise, the SDK's modules are released together.
 */
package io.boto4j.core.typed;
