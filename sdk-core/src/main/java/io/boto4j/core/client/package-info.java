/**
 * A client's configuration ({@link io.boto4j.core.client.ClientConfig}), shared by the blocking
 * and the Vert.x layer, and the custom methods every client has ({@link
 * io.boto4j.core.client.CoreMethods}).
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version.
 */
package io.boto4j.core.client;
