/**
 * The plugin SPI: a {@link io.boto4j.core.plugin.ServicePlugin} (found by {@code ServiceLoader},
 * or added with {@code ClientConfig.addPlugin}) adds {@link io.boto4j.core.plugin.Hook}s at the
 * pipeline's stages, typed {@link io.boto4j.core.plugin.ClientOption}s and {@link
 * io.boto4j.core.plugin.CustomMethod}s to the clients of the services it serves.
 *
 * <p><b>Tier: SPI.</b> Exported to every module, for plugins (sdk-s3 and the service plugins are
 * written against it alone); applications rarely name these types. Stable within a minor version
 * (types may gain methods between minor versions).
 */
package io.boto4j.core.plugin;
