/**
 * The HTTP transport SPI: an {@link io.boto4j.core.transport.HttpTransport} sends a {@link
 * io.boto4j.core.transport.TransportRequest} and answers with a {@link
 * io.boto4j.core.transport.TransportResponse} whose body is a {@code Flow.Publisher}; {@link
 * io.boto4j.core.transport.Publishers} adapts bodies.
 *
 * <p><b>Tier: SPI.</b> Exported to every module, for transport layers (java.net.http in sdk-sync,
 * Vert.x in sdk-async) and tests that answer calls without a server; applications rarely name
 * these types. Stable within a minor version (types may gain methods between minor versions).
 */
package io.boto4j.core.transport;
