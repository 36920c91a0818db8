/**
 * The wire protocols (query, ec2, json, rest-json, rest-xml, smithy-rpc-v2-cbor) behind one
 * {@link io.boto4j.core.protocol.ProtocolCodec}; {@link
 * io.boto4j.core.protocol.ServiceErrorDetails} is an error response as a codec parsed it.
 *
 * <p><b>Tier: SPI.</b> Exported to every module, for plugins ({@code
 * AttemptContext.serviceError()} gives a {@code ServiceErrorDetails}) and layers; applications
 * rarely name these types. Stable within a minor version (types may gain methods between minor
 * versions). The sub-packages are internal.
 */
package io.boto4j.core.protocol;
